// Whether the manifest reached a lease's provider, and "Send again" when it did not (or when the
// page was reloaded before it was sent).
import { Button } from "@/components/ui/button";
import type { ManifestState } from "../actions/use-send-manifest";

export function ManifestBanner({ state, onSend }: { state: ManifestState | undefined; onSend(): void }) {
  if (state?.kind === "sent")
    return (
      <p role="status" className="mb-3 text-sm text-emerald-700 dark:text-emerald-400">
        Manifest sent to the provider.
      </p>
    );
  if (state?.kind === "sending")
    return (
      <p role="status" className="mb-3 text-sm">
        Sending the manifest to the provider…
      </p>
    );
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2 text-sm" role={state ? "alert" : undefined}>
      {state?.kind === "failed" ? (
        <span className="text-red-700 dark:text-red-400">
          The manifest was not delivered: {state.message}
        </span>
      ) : (
        <span className="text-zinc-600 dark:text-zinc-400">
          If the provider never received the manifest, send it again.
        </span>
      )}
      <Button size="sm" variant={state?.kind === "failed" ? "primary" : "secondary"} onClick={onSend}>
        Send manifest again
      </Button>
    </div>
  );
}
