import { Link } from "react-router";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/config/paths";

export function Component() {
  return (
    <>
      <PageHeader title="Deployments" description="Everything you run on this network, newest first." />
      <EmptyState
        title="No deployments to show"
        action={
          <Link className="text-sm font-medium text-brand-600 underline" to={paths.newDeployment()}>
            Create a deployment from a template
          </Link>
        }
      >
        Connect your wallet to list your deployments, or create your first one.
      </EmptyState>
    </>
  );
}
