// The template gallery, loaded when it is first shown: its chunk carries every curated SDL, so no
// other page (and not the studio's first paint) pays for them. Picking a template hands the studio
// a title and an SDL already priced for the selected network (see use-open-template.ts).
import { lazy, Suspense } from "react";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import type { OpenDocument } from "../hooks/use-open-template";

const TemplateGalleryBody = lazy(() => import("./gallery/TemplateGalleryBody"));

export function TemplateGallery({ onPick }: { onPick(doc: OpenDocument): void }) {
  return (
    <ErrorBoundary name="Templates">
      <Suspense fallback={<p className="text-sm text-zinc-500">Loading templates…</p>}>
        <TemplateGalleryBody onPick={onPick} />
      </Suspense>
    </ErrorBoundary>
  );
}
