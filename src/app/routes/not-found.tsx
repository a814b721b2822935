import { Link } from "react-router";
import { EmptyState } from "@/components/ui/empty-state";
import { paths } from "@/config/paths";

export function Component() {
  return (
    <EmptyState
      title="This page does not exist"
      action={
        <Link className="text-sm font-medium text-brand-600 underline" to={paths.overview()}>
          Go to the overview
        </Link>
      }
    />
  );
}
