// The builder as the studio renders it: its own chunk, behind an error boundary.
import { lazy, Suspense } from "react";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { Spinner } from "@/components/ui/spinner";
import type { SdlBuilderProps } from "./SdlBuilder";

const SdlBuilder = lazy(() => import("./SdlBuilder"));

export function LazySdlBuilder(props: SdlBuilderProps) {
  return (
    <ErrorBoundary name="The SDL form">
      <Suspense fallback={<Spinner label="Loading the form" />}>
        <SdlBuilder {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
