// While a phone wallet is asked to sign: which phase the request is in ("Open your wallet app to
// approve" with a button that opens it, "Waiting for approval", "Approved"), a warning with the
// next step when the relay connection drops, and a way to stop waiting. Stacks above the
// transaction dialog (both are modal <dialog>s; the newest is on top).
import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { walletConnectActivity as activity } from "./activity";

export function WalletConnectRequestDialog() {
  const { request, relayConnected } = useSyncExternalStore(activity.subscribe, activity.getSnapshot);
  if (!request) return null;
  const { walletName: name, phase, appLink } = request;
  const stop = () =>
    activity.stopWaiting(
      `Cancelled: you stopped waiting for ${name}, so nothing was signed. If ${name} still shows the request, decline it there.`,
    );
  return (
    <Dialog
      open
      title={`Approve in ${name}`}
      onClose={() => phase !== "approved" && stop()}
      footer={
        phase === "approved" ? null : (
          <>
            <Button variant="secondary" onClick={stop}>
              Stop waiting
            </Button>
            {appLink && (
              <a
                href={appLink}
                onClick={() => activity.openedApp()}
                className="inline-flex h-9 items-center rounded-lg bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
              >
                Open {name}
              </a>
            )}
          </>
        )
      }
    >
      <div className="space-y-3" data-testid="walletconnect-request">
        <p
          role="status"
          className="flex items-center gap-2 font-medium"
          data-testid="walletconnect-request-phase"
        >
          {phase === "approved" ? (
            <span className="text-green-700 dark:text-green-400">Approved</span>
          ) : (
            <>
              <span
                aria-hidden
                className="size-4 shrink-0 animate-spin rounded-full border-2 border-zinc-300 border-t-brand-600"
              />
              {phase === "open-app" ? "Open your wallet app to approve" : `Waiting for approval in ${name}…`}
            </>
          )}
        </p>
        {phase !== "approved" && (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {appLink
              ? `${name} on this phone has the request. Open it, check what it shows, and approve or decline.`
              : `${name} on your phone has the request. Check what it shows, and approve or decline there.`}
          </p>
        )}
        {!relayConnected && phase !== "approved" && (
          <p
            role="alert"
            className="rounded-lg bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200"
          >
            The connection to the WalletConnect relay dropped. The console is reconnecting; the request
            reaches {name} once it is back. If this lasts, check your connection, or stop waiting and try
            again later.
          </p>
        )}
      </div>
    </Dialog>
  );
}
