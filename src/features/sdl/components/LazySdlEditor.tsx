// The SDL editor as every page uses it: behind its own error boundary, with a spinner while the
// chunk loads. Rendering it is what downloads Monaco (~800 KiB gzip), so a page renders it only
// once the user asks to edit.
import { lazy, Suspense } from "react";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { Spinner } from "@/components/ui/spinner";
import type { SdlEditorProps } from "./SdlEditor";

const SdlEditor = lazy(() => import("./SdlEditor"));

export function LazySdlEditor(props: SdlEditorProps) {
  return (
    <ErrorBoundary name="The SDL editor">
      <Suspense
        fallback={
          <div className="p-4">
            <Spinner label="Loading the editor" />
          </div>
        }
      >
        <SdlEditor {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
