// The state of the receipts page: every receipt as signing attempts, the filters, which attempt
// (and entry) is open, and the chain actions with what the tenant is told about them: an import
// that does not verify, a signed head, a broken link to show.
import { useMemo, useState } from "react";
import { useToast } from "@/components/ui/toast";
import { useNetwork } from "@/features/network";
import type { Receipt } from "../core/receipt";
import { toAttemptRows } from "../utils/attempts";
import { matchesFilter, NO_FILTER, type ReceiptFilter } from "../utils/filters";
import { useChainActions, type ImportOutcome, type SignHead } from "./use-chain-actions";
import { useReceiptStore } from "./receipt-store-context";
import { useReceipts } from "./use-receipts";

function distinctNetworks(receipts: readonly Receipt[]) {
  const seen = new Map<string, string>();
  for (const r of receipts) seen.set(r.network.id, r.network.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

function importedToast({ result: { added, skipped, mode }, notes }: Extract<ImportOutcome, { ok: true }>) {
  return {
    tone: "success" as const,
    title: `Imported ${added} receipt${added === 1 ? "" : "s"}`,
    description: [
      skipped ? `${skipped} were already here.` : "",
      mode === "merge" && added ? "They came from another chain and keep their original hashes." : "",
      ...notes,
    ]
      .filter(Boolean)
      .join(" "),
  };
}

export function useReceiptsPanel(signHead?: SignHead) {
  const store = useReceiptStore();
  const { networks } = useNetwork();
  const toast = useToast();
  const { receipts, error, reload } = useReceipts();
  const actions = useChainActions(store);
  const [filter, setFilter] = useState<ReceiptFilter>(NO_FILTER);
  const [open, setOpen] = useState<{ attempt: string; entryId: string | null } | null>(null);
  const [importFailure, setImportFailure] = useState<string[] | null>(null);

  const allRows = useMemo(() => toAttemptRows(receipts ?? []), [receipts]);
  const rows = useMemo(() => allRows.filter((r) => matchesFilter(r, filter)), [allRows, filter]);
  const seenNetworks = useMemo(() => distinctNetworks(receipts ?? []), [receipts]);

  const importFile = async (file: File) => {
    setImportFailure(null);
    let outcome: ImportOutcome;
    try {
      outcome = await actions.importText(await file.text());
    } catch (err) {
      outcome = { ok: false, lines: [errorText(err)] };
    }
    if (outcome.ok) toast.push(importedToast(outcome));
    else setImportFailure(outcome.lines);
  };

  const sign = async () => {
    if (!signHead) return;
    try {
      const a = await actions.signHead(signHead);
      toast.push({ tone: "success", title: "Chain head signed", description: `Signed by ${a.signer}.` });
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
    // Show what was verified: another program may have changed the database under the page.
    verify: () => void actions.runVerify().then(reload),
    importFile,
    importFailure,
    dismissImportFailure: () => setImportFailure(null),
    sign,
    canSign: signHead !== undefined,
    open,
    setOpen,
    openRow: open ? (allRows.find((r) => r.attempt === open.attempt) ?? null) : null,
    /** opens the entry where verification found the chain broken */
    showBroken(index: number) {
      const r = receipts?.[index];
      if (r) setOpen({ attempt: r.attempt, entryId: r.id });
    },
    txUrlOf(r: Receipt) {
      const template = networks.find((n) => n.id === r.network.id)?.txExplorer;
      return template && r.response.txHash ? template.replace("{hash}", r.response.txHash) : null;
    },
  };
}
