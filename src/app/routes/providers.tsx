import { PageHeader } from "@/components/ui/page-header";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { ProvidersPage } from "@/features/providers";

export function Component() {
  return (
    <>
      <PageHeader
        title="Providers"
        description="Providers registered on this network, their regions, GPUs and audits."
      />
      <ErrorBoundary name="Providers">
        <ProvidersPage />
      </ErrorBoundary>
    </>
  );
}
