import { Link } from "react-router";
import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/config/paths";
import { DeploymentsPage } from "@/features/deployments";

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
      <DeploymentsPage />
    </>
  );
}
