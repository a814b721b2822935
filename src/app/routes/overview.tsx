import { Link } from "react-router";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/config/paths";

export function Component() {
  return (
    <>
      <PageHeader title="Overview" description="Your balances, what you run, and what it costs." />
      <EmptyState
        title="Connect your wallet to begin"
        action={
          <Link className="text-sm font-medium text-brand-600 underline" to={paths.newDeployment()}>
            Or start writing an SDL
          </Link>
        }
      >
        Your keys stay in your wallet: the console asks it to sign each transaction and never stores a key.
      </EmptyState>
    </>
  );
}
