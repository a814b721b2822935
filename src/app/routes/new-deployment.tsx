import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export function Component() {
  return (
    <>
      <PageHeader
        title="New deployment"
        description="Write an SDL, review what it costs, and sign it with your wallet."
      />
      <EmptyState title="Pick a template to start">Templates and the SDL editor load here.</EmptyState>
    </>
  );
}
