import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export function Component() {
  return (
    <>
      <PageHeader
        title="Providers"
        description="Providers registered on this network, their regions, GPUs and audits."
      />
      <EmptyState title="No providers loaded">Pick a network in Settings to list its providers.</EmptyState>
    </>
  );
}
