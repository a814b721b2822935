import { Link, useParams } from "react-router";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/config/paths";

export function Component() {
  const { dseq = "" } = useParams();
  return (
    <>
      <PageHeader title={`Deployment ${dseq}`} />
      <EmptyState
        title="Connect your wallet to see this deployment"
        action={
          <Link className="text-sm font-medium text-brand-600 underline" to={paths.deployments()}>
            Back to deployments
          </Link>
        }
      />
    </>
  );
}
