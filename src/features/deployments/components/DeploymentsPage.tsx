// Whose deployments, then the list. With no wallet and no address, the page says what to do
// first: connect a wallet or type an address to view.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { shortAddress } from "@/features/providers";
import { usePresenterMode } from "@/lib/presenter-mode";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { useOwner, type OwnerState } from "../hooks/use-owner";
import { DeploymentsView, type BulkActions } from "./DeploymentsView";
import { OwnerForm } from "./OwnerForm";

export function ownerSearch(owner: OwnerState): string {
  return owner.source === "url" ? `?owner=${encodeURIComponent(owner.owner)}` : "";
}

export function OwnerBar({ owner }: { owner: OwnerState }) {
  const [editing, setEditing] = useState(false);
  const presenter = usePresenterMode();
  return (
    <Card className="grid gap-2 p-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="text-zinc-500">{owner.viewOnly ? "Viewing (read-only)" : "Your wallet"}</span>
        <span
          className="min-w-0 font-mono text-xs break-all"
          data-testid="owner-address"
          title={presenter.on ? owner.owner : undefined}
        >
          {presenter.on ? shortAddress(owner.owner) : owner.owner}
        </span>
        <span className="flex gap-2">
          <Button size="sm" variant="ghost" onClick={() => setEditing((v) => !v)}>
            {editing ? "Cancel" : "View another address"}
          </Button>
          {owner.source === "url" && owner.walletAddress && (
            <Button size="sm" variant="ghost" onClick={() => owner.viewAddress("")}>
              Back to my wallet
            </Button>
          )}
        </span>
      </div>
      {editing && (
        <OwnerForm
          initial=""
          onView={(address) => {
            setEditing(false);
            owner.viewAddress(address);
          }}
        />
      )}
    </Card>
  );
}

export function DeploymentsPage({ bulkActions }: { bulkActions?: BulkActions }) {
  const owner = useOwner();
  return (
    <div className="grid gap-4">
      {owner.urlProblem && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          The address in the link is not valid: {owner.urlProblem}
        </p>
      )}
      {owner.owner ? (
        <>
          <OwnerBar owner={owner} />
          <ErrorBoundary name="Deployments list" key={owner.owner}>
            <DeploymentsView
              owner={owner.owner}
              linkSearch={ownerSearch(owner)}
              bulkActions={owner.viewOnly ? undefined : bulkActions}
            />
          </ErrorBoundary>
        </>
      ) : (
        <EmptyState title="Whose deployments?">
          <p className="mb-3">
            Connect your wallet (top right) to list your deployments, or type any Akash address to view its
            deployments read-only.
          </p>
          <OwnerForm initial="" onView={owner.viewAddress} />
        </EmptyState>
      )}
    </div>
  );
}
