// What the panel's toolbar does to the whole chain: verify (hashes, links and anchoring), export,
// import (refused unless it verifies; an unanchored file only when the tenant says so), sign the head.
import { useCallback, useState } from "react";
import type { HeadAttestation } from "../core/attestation";
import { makeHeader, toJsonExport, toJsonlExport } from "../core/export-format";
import type { Receipt } from "../core/receipt";
import type { VerifyReport } from "../core/verify-export";
import type { ImportResult, ReceiptStore } from "../store/receipt-store";
import { downloadText } from "../utils/download";

// Signature checks need cosmjs crypto (~130 KiB gzip): loaded when a signature is made or checked,
// so the panel shows the list without waiting for it.
const loadAttestation = () => import("../core/attestation");
const loadVerifier = () => import("../core/verify-export");

/** Signs arbitrary text with the connected wallet (ADR-036). Injected by the route. */
export type SignHead = (data: string) => Promise<{ signer: string; pubKey: string; signature: string }>;

/** The connected wallet, offered to sign the head. */
export interface HeadSigner {
  address: string;
  sign: SignHead;
}

export type ImportOutcome =
  | { ok: true; result: ImportResult; adopted: number; notes: string[] }
  | {
      ok: false;
      lines: string[];
      /** the file is intact but unanchored: it may be imported on request */ canForce: boolean;
    };

function stamp(now: Date): string {
  return now.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
}

/**
 * After a fast-forward import the file's positions are this chain's, so its attestations anchor
 * here too: keep each wallet's newer one. After a merge they name another chain's heads; dropped.
 */
async function adoptAttestations(store: ReceiptStore, report: VerifyReport, result: ImportResult) {
  if (result.mode !== "fast-forward" || !report.anchoring) return 0;
  const mine = new Map((await store.getAttestations()).map((a) => [a.signer, a] as const));
  const { parseStatement } = await loadAttestation();
  let adopted = 0;
  for (const v of report.anchoring.valid) {
    const current = mine.get(v.signer);
    if (current && (parseStatement(current.data)?.count ?? 0) >= v.count) continue;
    await store.saveAttestation(v.attestation);
    adopted++;
  }
  return adopted;
}

export function useChainActions(store: ReceiptStore) {
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [busy, setBusy] = useState<"verify" | "import" | "sign" | "check" | null>(null);

  const runVerify = useCallback(async () => {
    setBusy("verify");
    try {
      const [receipts, attestations, { verifyReceipts }] = await Promise.all([
        store.list(),
        store.getAttestations(),
        loadVerifier(),
      ]);
      setReport(await verifyReceipts(receipts, attestations));
    } finally {
      setBusy(null);
    }
  }, [store]);

  const exportAs = useCallback(
    async (format: "json" | "jsonl") => {
      const [receipts, attestations] = await Promise.all([store.list(), store.getAttestations()]);
      const now = new Date();
      const header = makeHeader(receipts, attestations, now.toISOString());
      const text = format === "json" ? toJsonExport(header, receipts) : toJsonlExport(header, receipts);
      const type = format === "json" ? "application/json" : "application/x-ndjson";
      downloadText(`akash-receipts-${stamp(now)}.${format}`, text, type);
    },
    [store],
  );

  const importText = useCallback(
    async (text: string, opts: { allowUnanchored?: boolean } = {}): Promise<ImportOutcome> => {
      setBusy("import");
      try {
        const { verifyExportText, isAccepted } = await loadVerifier();
        const checked = await verifyExportText(text);
        if (!isAccepted(checked, opts))
          return { ok: false, lines: checked.lines, canForce: checked.verdict === "unanchored" };
        const result = await store.importReceipts(checked.receipts as Receipt[]);
        const adopted = await adoptAttestations(store, checked, result);
        return { ok: true, result, adopted, notes: checked.lines.slice(1) };
      } finally {
        setBusy(null);
      }
    },
    [store],
  );

  const signHead = useCallback(
    async ({ address, sign }: HeadSigner): Promise<HeadAttestation> => {
      setBusy("sign");
      try {
        const receipts = await store.list();
        const head = receipts.at(-1);
        if (!head) throw new Error("There is nothing to sign yet: the chain is empty.");
        if (!receipts.some((r) => r.wallet.signer === address))
          throw new Error(
            `${address} signed none of these receipts, so its signature would anchor nothing. Connect the wallet that made them.`,
          );
        const { attestationText, attestationProblem } = await loadAttestation();
        const data = attestationText(head.sha256, receipts.length, new Date().toISOString());
        const signed = await sign(data);
        const attestation: HeadAttestation = { kind: "adr036", data, ...signed };
        const problem = await attestationProblem(attestation);
        if (problem) throw new Error(`The wallet's signature does not check out: ${problem}.`);
        if (attestation.signer !== address)
          throw new Error(`The wallet signed as ${attestation.signer}, not ${address}.`);
        await store.saveAttestation(attestation);
        return attestation;
      } finally {
        setBusy(null);
      }
    },
    [store],
  );

  return {
    report,
    clearReport: () => setReport(null),
    runVerify,
    exportAs,
    importText,
    signHead,
    busy,
    setBusy,
  };
}
