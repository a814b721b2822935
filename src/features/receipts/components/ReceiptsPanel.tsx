// The receipts page: every signing attempt from this browser, filterable, each one openable, and
// the whole chain verifiable, exportable, importable and (with a wallet) signable.
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { paths } from "@/config/paths";
import { useNetwork } from "@/features/network";
import type { Receipt } from "../core/receipt";
import { useReceiptStore } from "../hooks/receipt-store-context";
import { useChainActions, type ImportOutcome, type SignHead } from "../hooks/use-chain-actions";
import { useReceipts } from "../hooks/use-receipts";
import { toAttemptRows } from "../utils/attempts";
import { matchesFilter, NO_FILTER, type ReceiptFilter } from "../utils/filters";
import { ChainToolbar } from "./ChainToolbar";
import { ReceiptDrawer } from "./ReceiptDrawer";
import { ReceiptFilters } from "./ReceiptFilters";
import { ReceiptList } from "./ReceiptList";
import { VerifyResult } from "./VerifyResult";

function distinctNetworks(receipts: readonly Receipt[]) {
  const seen = new Map<string, string>();
  for (const r of receipts) seen.set(r.network.id, r.network.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

function ImportFailure({ lines, onDismiss }: { lines: string[]; onDismiss(): void }) {
  return (
    <div
      role="alert"
      className="rounded-xl border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/40 dark:text-red-200"
    >
      <p className="font-medium">Not imported: the file does not verify. Nothing was changed.</p>
      <ul className="mt-1 list-disc pl-5">
        {lines.map((l) => (
          <li key={l} className="break-words">
            {l}
          </li>
        ))}
      </ul>
      <Button className="mt-2" size="sm" variant="ghost" onClick={onDismiss}>
        Dismiss
      </Button>
    </div>
  );
}

export function ReceiptsPanel({ signHead }: { signHead?: SignHead }) {
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
  const openRow = open ? (allRows.find((r) => r.attempt === open.attempt) ?? null) : null;

  const txUrlOf = (r: Receipt) => {
    const template = networks.find((n) => n.id === r.network.id)?.txExplorer;
    return template && r.response.txHash ? template.replace("{hash}", r.response.txHash) : null;
  };

  const onImportFile = async (file: File) => {
    setImportFailure(null);
    let outcome: ImportOutcome;
    try {
      outcome = await actions.importText(await file.text());
    } catch (err) {
      outcome = { ok: false, lines: [err instanceof Error ? err.message : String(err)] };
    }
    if (!outcome.ok) return setImportFailure(outcome.lines);
    const { added, skipped, mode } = outcome.result;
    toast.push({
      tone: "success",
      title: `Imported ${added} receipt${added === 1 ? "" : "s"}`,
      description: [
        skipped ? `${skipped} were already here.` : "",
        mode === "merge" && added ? "They came from another chain and keep their original hashes." : "",
        ...outcome.notes,
      ]
        .filter(Boolean)
        .join(" "),
    });
  };

  const onSign = async () => {
    if (!signHead) return;
    try {
      const a = await actions.signHead(signHead);
      toast.push({ tone: "success", title: "Chain head signed", description: `Signed by ${a.signer}.` });
    } catch (err) {
      toast.push({
        tone: "error",
        title: "Not signed",
        description: err instanceof Error ? err.message : String(err),
      });
    }
  };

  const showBroken = (index: number) => {
    const r = receipts?.[index];
    if (r) setOpen({ attempt: r.attempt, entryId: r.id });
  };

  return (
    <div className="grid gap-3">
      <ChainToolbar
        busy={actions.busy}
        hasReceipts={allRows.length > 0}
        canSign={signHead !== undefined}
        // Show what was verified: another program may have changed the database under the page.
        onVerify={() => void actions.runVerify().then(reload)}
        onExport={(f) => void actions.exportAs(f)}
        onImportFile={(f) => void onImportFile(f)}
        onSign={() => void onSign()}
      />
      {actions.verify && (
        <VerifyResult outcome={actions.verify} onShowBroken={showBroken} onDismiss={actions.clearVerify} />
      )}
      {importFailure && <ImportFailure lines={importFailure} onDismiss={() => setImportFailure(null)} />}
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          Receipts cannot be read: {error}
        </p>
      )}
      {receipts === null && !error && <Spinner label="Reading receipts" />}
      {receipts !== null && allRows.length === 0 && (
        <EmptyState
          title="No receipts yet"
          action={
            <Link to={paths.newDeployment()} className="text-sm font-medium text-brand-600 underline">
              Create a deployment
            </Link>
          }
        >
          Every transaction you sign and every manifest you send from this browser leaves a receipt here,
          linked by hashes so any change shows. Create a deployment to get your first one, or import an
          export.
        </EmptyState>
      )}
      {allRows.length > 0 && (
        <>
          <ReceiptFilters filter={filter} onChange={setFilter} networks={seenNetworks} />
          <p className="text-xs text-zinc-500" data-testid="receipt-count">
            {rows.length === allRows.length
              ? `${allRows.length} signing attempts, ${receipts?.length ?? 0} receipts`
              : `${rows.length} of ${allRows.length} signing attempts match`}
          </p>
          {rows.length > 0 ? (
            <ReceiptList rows={rows} onOpen={(row) => setOpen({ attempt: row.attempt, entryId: null })} />
          ) : (
            <EmptyState title="No receipt matches these filters">
              <Button size="sm" variant="secondary" onClick={() => setFilter(NO_FILTER)}>
                Clear filters
              </Button>
            </EmptyState>
          )}
        </>
      )}
      <ReceiptDrawer
        row={openRow}
        entryId={open?.entryId ?? null}
        onSelectEntry={(id) => open && setOpen({ ...open, entryId: id })}
        onClose={() => setOpen(null)}
        txUrlOf={txUrlOf}
      />
    </div>
  );
}
