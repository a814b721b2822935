import { Link, useParams } from "react-router";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/config/paths";
import { DeploymentDetail, OwnerBar, ownerSearch, useOwner } from "@/features/deployments";
import { DeploymentControls, RedeployElsewhere } from "@/features/deploy";

export function Component() {
  const { dseq = "" } = useParams();
  const owner = useOwner();
  const back = { pathname: paths.deployments(), search: ownerSearch(owner) };
  return (
    <>
      <PageHeader
        title={`Deployment ${dseq}`}
        actions={
          <Link className="text-sm font-medium text-brand-600 underline" to={back}>
            All deployments
          </Link>
        }
      />
      {owner.owner ? (
        <div className="grid gap-4">
          {owner.viewOnly && <OwnerBar owner={owner} />}
          <DeploymentDetail
            owner={owner.owner}
            dseq={dseq}
            live={<DeploymentControls owner={owner.owner} dseq={dseq} />}
            reclaimAction={<RedeployElsewhere owner={owner.owner} dseq={dseq} />}
          />
        </div>
      ) : (
        <EmptyState
          title="Whose deployment?"
          action={
            <Link className="text-sm font-medium text-brand-600 underline" to={paths.deployments()}>
              Back to deployments
            </Link>
          }
        >
          Connect your wallet to see this deployment, or open it from the deployments page with an address to
          view.
        </EmptyState>
      )}
    </>
  );
}
