// What the panel's toolbar does to the whole chain: verify, export, import, sign the head.
import { useCallback, useState } from "react";
import type { HeadAttestation } from "../core/attestation";
import { makeHeader, toJsonExport, toJsonlExport } from "../core/export-format";
import type { Receipt } from "../core/receipt";
import { describeVerdict, verifyChain } from "../core/verify";
import type { ImportResult, ReceiptStore } from "../store/receipt-store";
import { downloadText } from "../utils/download";

// Signature checks need cosmjs crypto (~130 KiB gzip): loaded when a signature is made or checked,
// so the panel shows the list without waiting for it.
const loadAttestation = () => import("../core/attestation");
const loadExportVerifier = () => import("../core/verify-export");

/** Signs arbitrary text with the connected wallet (ADR-036). Injected by the route. */
export type SignHead = (data: string) => Promise<{ signer: string; pubKey: string; signature: string }>;

export type VerifyOutcome =
  { ok: true; message: string; attestation: string | null } | { ok: false; message: string; index: number };

export type ImportOutcome =
  { ok: true; result: ImportResult; notes: string[] } | { ok: false; lines: string[] };

async function describeAttestation(a: HeadAttestation | null, receipts: Receipt[]): Promise<string | null> {
  if (!a) return null;
  const problem = await (await loadAttestation()).attestationProblem(a);
  if (problem) return `The stored owner signature is invalid: ${problem}.`;
  const statement = JSON.parse(a.data) as { head: string; count: number };
  const covered = receipts[statement.count - 1]?.sha256 === statement.head;
  return covered
    ? `The first ${statement.count} receipts are signed by ${a.signer}.`
    : `The owner signature (${a.signer}) covers a head that is not in this chain.`;
}

function stamp(now: Date): string {
  return now.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
}

export function useChainActions(store: ReceiptStore) {
  const [verify, setVerify] = useState<VerifyOutcome | null>(null);
  const [busy, setBusy] = useState<"verify" | "import" | "sign" | null>(null);

  const runVerify = useCallback(async () => {
    setBusy("verify");
    try {
      const receipts = await store.list();
      const verdict = await verifyChain(receipts);
      const message = describeVerdict(verdict);
      if (verdict.ok)
        setVerify({
          ok: true,
          message,
          attestation: await describeAttestation(await store.getAttestation(), receipts),
        });
      else setVerify({ ok: false, message, index: verdict.index });
    } finally {
      setBusy(null);
    }
  }, [store]);

  const exportAs = useCallback(
    async (format: "json" | "jsonl") => {
      const receipts = await store.list();
      const now = new Date();
      const header = makeHeader(receipts, await store.getAttestation(), now.toISOString());
      const text = format === "json" ? toJsonExport(header, receipts) : toJsonlExport(header, receipts);
      const type = format === "json" ? "application/json" : "application/x-ndjson";
      downloadText(`akash-receipts-${stamp(now)}.${format}`, text, type);
    },
    [store],
  );

  const importText = useCallback(
    async (text: string): Promise<ImportOutcome> => {
      setBusy("import");
      try {
        const report = await (await loadExportVerifier()).verifyExportText(text);
        if (!report.ok) return { ok: false, lines: report.lines };
        const result = await store.importReceipts(report.receipts as Receipt[]);
        return { ok: true, result, notes: report.lines.slice(1) };
      } finally {
        setBusy(null);
      }
    },
    [store],
  );

  const signHead = useCallback(
    async (sign: SignHead) => {
      setBusy("sign");
      try {
        const receipts = await store.list();
        const head = receipts.at(-1);
        if (!head) throw new Error("There is nothing to sign yet: the chain is empty.");
        const { attestationText, attestationProblem } = await loadAttestation();
        const data = attestationText(head.sha256, receipts.length, new Date().toISOString());
        const signed = await sign(data);
        const attestation: HeadAttestation = { kind: "adr036", data, ...signed };
        const problem = await attestationProblem(attestation);
        if (problem) throw new Error(`The wallet's signature does not check out: ${problem}.`);
        await store.saveAttestation(attestation);
        return attestation;
      } finally {
        setBusy(null);
      }
    },
    [store],
  );

  return { verify, clearVerify: () => setVerify(null), runVerify, exportAs, importText, signHead, busy };
}
