// Grants page: authorized spend. Deposit grants and fee allowances the wallet gave and holds.
import { Link } from "react-router";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/config/paths";
import { GrantsManager } from "@/features/deploy";
import { useWallet } from "@/features/wallet";

export function Component() {
  const { address } = useWallet();
  return (
    <>
      <PageHeader
        title="Grants"
        description="Authorized spend: deposit grants and fee allowances, on chain, within limits you set."
      />
      {address ? (
        <ErrorBoundary name="Grants">
          <GrantsManager owner={address} />
        </ErrorBoundary>
      ) : (
        <EmptyState
          title="Connect a wallet"
          action={
            <Link className="text-sm font-medium text-brand-600 underline" to={paths.deployments()}>
              Back to deployments
            </Link>
          }
        >
          Grants are given and held by a wallet: connect one to see and manage them.
        </EmptyState>
      )}
    </>
  );
}
