// The receipts page: every signing attempt from this browser, filterable, each one openable, how
// much of the chain the wallets' signatures anchor (and signing the head), and the whole chain
// verifiable, checkable against the chain, exportable and importable.
import { Link } from "react-router";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { paths } from "@/config/paths";
import type { TxDecoder } from "../core/chain-check";
import type { HeadSigner } from "../hooks/use-chain-actions";
import { useReceiptsPanel } from "../hooks/use-receipts-panel";
import { NO_FILTER } from "../utils/filters";
import { AnchorStatus } from "./AnchorStatus";
import { ChainCheckResult } from "./ChainCheckResult";
import { ChainToolbar } from "./ChainToolbar";
import { ImportFailure } from "./ImportFailure";
import { ReceiptDrawer } from "./ReceiptDrawer";
import { ReceiptFilters } from "./ReceiptFilters";
import { ReceiptList } from "./ReceiptList";
import { VerifyResult } from "./VerifyResult";

export function ReceiptsPanel({ signer, decodeTx }: { signer?: HeadSigner; decodeTx?: TxDecoder }) {
  const panel = useReceiptsPanel({ signer, decodeTx });
  const { actions, receipts, error, allRows, rows, open, chainCheck } = panel;

  return (
    <div className="grid gap-3">
      {allRows.length > 0 && (
        <AnchorStatus
          anchoring={panel.anchoring}
          signer={panel.signer}
          busy={actions.busy === "sign"}
          onSign={() => void panel.sign()}
        />
      )}
      <ChainToolbar
        busy={actions.busy}
        hasReceipts={allRows.length > 0}
        canCheckChain={chainCheck.available}
        checkingChain={chainCheck.running}
        onVerify={panel.verify}
        onCheckChain={() => void chainCheck.run()}
        onExport={(f) => void actions.exportAs(f)}
        onImportFile={(f) => void panel.importFile(f)}
      />
      {actions.report && (
        <VerifyResult
          report={actions.report}
          onShowReceipt={panel.showReceipt}
          onDismiss={actions.clearReport}
        />
      )}
      <ChainCheckResult state={chainCheck} onShowReceipt={panel.showReceipt} onCancel={chainCheck.cancel} />
      {panel.importFailure && (
        <ImportFailure
          failure={panel.importFailure}
          onForce={(file) => void panel.importFile(file, true)}
          onDismiss={panel.dismissImportFailure}
        />
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
