// The state of the receipts page: every receipt as signing attempts, the filters, which attempt
// (and entry) is open, how much of the chain is anchored, and the chain actions with what the
// tenant is told about them: an import that does not verify, a signed head, a broken link to show.
import { useMemo, useState } from "react";
import { useToast } from "@/components/ui/toast";
import { useNetwork } from "@/features/network";
import type { TxDecoder } from "../core/chain-check";
import type { Receipt } from "../core/receipt";
import { toAttemptRows } from "../utils/attempts";
import { matchesFilter, NO_FILTER, type ReceiptFilter } from "../utils/filters";
import { useAnchoring } from "./use-anchoring";
import { useChainActions, type HeadSigner, type ImportOutcome } from "./use-chain-actions";
import { useChainCheck } from "./use-chain-check";
import { useReceiptStore } from "./receipt-store-context";
import { useReceipts } from "./use-receipts";

function distinctNetworks(receipts: readonly Receipt[]) {
  const seen = new Map<string, string>();
  for (const r of receipts) seen.set(r.network.id, r.network.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

function importedToast({
  result: { added, skipped, mode },
  adopted,
  notes,
}: Extract<ImportOutcome, { ok: true }>) {
  return {
    tone: "success" as const,
    title: `Imported ${added} receipt${added === 1 ? "" : "s"}`,
    description: [
      skipped ? `${skipped} were already here.` : "",
      mode === "merge" && added
        ? "They came from another chain and keep their original hashes; they are not anchored here until you sign the head."
        : "",
      adopted ? `${adopted} wallet signature${adopted === 1 ? "" : "s"} came with them.` : "",
      ...notes,
    ]
      .filter(Boolean)
      .join(" "),
  };
}

export interface ImportFailure {
  lines: string[];
  /** the file verified but is not anchored: "Import anyway" is offered */
  file: File | null;
}

export function useReceiptsPanel(opts: { signer?: HeadSigner; decodeTx?: TxDecoder } = {}) {
  const store = useReceiptStore();
  const { networks } = useNetwork();
  const toast = useToast();
  const { receipts, error, reload } = useReceipts();
  const actions = useChainActions(store);
  const anchoring = useAnchoring(store, receipts);
  const chainCheck = useChainCheck(store, opts.decodeTx);
  const [filter, setFilter] = useState<ReceiptFilter>(NO_FILTER);
  const [open, setOpen] = useState<{ attempt: string; entryId: string | null } | null>(null);
  const [importFailure, setImportFailure] = useState<ImportFailure | null>(null);

  const allRows = useMemo(() => toAttemptRows(receipts ?? []), [receipts]);
  const rows = useMemo(() => allRows.filter((r) => matchesFilter(r, filter)), [allRows, filter]);
  const seenNetworks = useMemo(() => distinctNetworks(receipts ?? []), [receipts]);

  const importFile = async (file: File, allowUnanchored = false) => {
    setImportFailure(null);
    let outcome: ImportOutcome;
    try {
      outcome = await actions.importText(await file.text(), { allowUnanchored });
    } catch (err) {
      outcome = { ok: false, lines: [errorText(err)], canForce: false };
    }
    if (outcome.ok) toast.push(importedToast(outcome));
    else setImportFailure({ lines: outcome.lines, file: outcome.canForce ? file : null });
  };

  const sign = async () => {
    if (!opts.signer) return;
    try {
      const a = await actions.signHead(opts.signer);
      toast.push({
        tone: "success",
        title: "Chain head signed",
        description: `Signed by ${a.signer}: every receipt it made so far is anchored.`,
      });
    } catch (err) {
      toast.push({ tone: "error", title: "Not signed", description: errorText(err) });
    }
  };

  return {
    receipts,
    error,
    allRows,
    rows,
    filter,
    setFilter,
    seenNetworks,
    actions,
    anchoring,
    chainCheck,
    // Show what was verified: another program may have changed the database under the page.
    verify: () => void actions.runVerify().then(reload),
    importFile,
    importFailure,
    dismissImportFailure: () => setImportFailure(null),
    sign,
    signer: opts.signer ?? null,
    open,
    setOpen,
    openRow: open ? (allRows.find((r) => r.attempt === open.attempt) ?? null) : null,
    /** opens the entry at this chain position (a broken link, an unanchored or mismatched receipt) */
    showReceipt(index: number) {
      const r = receipts?.[index];
      if (r) setOpen({ attempt: r.attempt, entryId: r.id });
    },
    txUrlOf(r: Receipt) {
      const template = networks.find((n) => n.id === r.network.id)?.txExplorer;
      return template && r.response.txHash ? template.replace("{hash}", r.response.txHash) : null;
    },
  };
}
