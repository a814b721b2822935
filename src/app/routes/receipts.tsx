import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export function Component() {
  return (
    <>
      <PageHeader
        title="Receipts"
        description="A tamper-evident record of everything you signed from this browser."
      />
      <EmptyState title="No receipts yet">
        Every transaction you sign and every manifest you send leaves a receipt here.
      </EmptyState>
    </>
  );
}
