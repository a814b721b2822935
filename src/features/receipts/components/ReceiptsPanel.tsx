// The receipts page: every signing attempt from this browser, filterable, each one openable, and
// the whole chain verifiable, exportable, importable and (with a wallet) signable.
import { Link } from "react-router";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { paths } from "@/config/paths";
import type { SignHead } from "../hooks/use-chain-actions";
import { useReceiptsPanel } from "../hooks/use-receipts-panel";
import { NO_FILTER } from "../utils/filters";
import { ChainToolbar } from "./ChainToolbar";
import { ReceiptDrawer } from "./ReceiptDrawer";
import { ReceiptFilters } from "./ReceiptFilters";
import { ReceiptList } from "./ReceiptList";
import { VerifyResult } from "./VerifyResult";

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
  const panel = useReceiptsPanel(signHead);
  const { actions, receipts, error, allRows, rows, open } = panel;

  return (
    <div className="grid gap-3">
      <ChainToolbar
        busy={actions.busy}
        hasReceipts={allRows.length > 0}
        canSign={panel.canSign}
        onVerify={panel.verify}
        onExport={(f) => void actions.exportAs(f)}
        onImportFile={(f) => void panel.importFile(f)}
        onSign={() => void panel.sign()}
      />
      {actions.verify && (
        <VerifyResult
          outcome={actions.verify}
          onShowBroken={panel.showBroken}
          onDismiss={actions.clearVerify}
        />
      )}
      {panel.importFailure && (
        <ImportFailure lines={panel.importFailure} onDismiss={panel.dismissImportFailure} />
      )}
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
          <ReceiptFilters filter={panel.filter} onChange={panel.setFilter} networks={panel.seenNetworks} />
          <p className="text-xs text-zinc-500" data-testid="receipt-count">
            {rows.length === allRows.length
              ? `${allRows.length} signing attempts, ${receipts?.length ?? 0} receipts`
              : `${rows.length} of ${allRows.length} signing attempts match`}
          </p>
          {rows.length > 0 ? (
            <ReceiptList
              rows={rows}
              onOpen={(row) => panel.setOpen({ attempt: row.attempt, entryId: null })}
            />
          ) : (
            <EmptyState title="No receipt matches these filters">
              <Button size="sm" variant="secondary" onClick={() => panel.setFilter(NO_FILTER)}>
                Clear filters
              </Button>
            </EmptyState>
          )}
        </>
      )}
      <ReceiptDrawer
        row={panel.openRow}
        entryId={open?.entryId ?? null}
        onSelectEntry={(id) => open && panel.setOpen({ ...open, entryId: id })}
        onClose={() => panel.setOpen(null)}
        txUrlOf={panel.txUrlOf}
      />
    </div>
  );
}
