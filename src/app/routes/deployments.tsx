import { lazy, Suspense } from "react";
import { Link } from "react-router";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import { paths } from "@/config/paths";
import { DeploymentsPage } from "@/features/deployments";

// The signing stack loads only once the user selects deployments to act on.
const BulkCloseButton = lazy(() => import("@/features/deploy").then((m) => ({ default: m.BulkCloseButton })));

export function Component() {
  return (
    <>
      <PageHeader
        title="Deployments"
        description="Everything an account runs on this network, newest first."
        actions={
          <Link className="text-sm font-medium text-brand-600 underline" to={paths.newDeployment()}>
            New deployment
          </Link>
        }
      />
      <DeploymentsPage
        bulkActions={({ owner, selected, clear }) => (
          <Suspense fallback={<Spinner label="Loading" />}>
            <BulkCloseButton owner={owner} dseqs={selected} onDone={clear} />
          </Suspense>
        )}
      />
    </>
  );
}
