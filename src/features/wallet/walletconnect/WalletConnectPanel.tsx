// Connecting a phone wallet, in the wallet modal: the pairing code as a QR code (scan it with the
// wallet app) and, on a phone, a button that opens the app with it; then each phase ("Open your
// wallet app to approve", "Waiting for approval", "Approved") and, when it goes wrong, what
// happened and what to do next (the code expired, the user declined, the relay is unreachable).
import { useEffect, useState } from "react";
import { State, type ChainWalletBase } from "@cosmos-kit/core";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { appLink, phoneOs } from "./deep-link";
import { QrCode } from "./QrCode";

interface QrActions {
  setActions?(actions: { qrUrl?: { state?: (s: State) => void; message?: (m?: string) => void } }): void;
}

function useQr(wallet: ChainWalletBase): { state: State; message: string | undefined } {
  const [state, setState] = useState<State>(wallet.qrUrl?.state ?? State.Init);
  const [message, setMessage] = useState<string | undefined>(wallet.qrUrl?.message);
  useEffect(() => {
    (wallet.client as QrActions | undefined)?.setActions?.({
      qrUrl: { state: setState, message: setMessage },
    });
  }, [wallet, wallet.client]);
  return { state, message };
}

export function failureOf(wallet: ChainWalletBase, qrMessage: string | undefined): string | null {
  const name = wallet.walletPrettyName;
  if (wallet.isWalletRejected) return `You declined the connection in ${name}. Nothing was shared.`;
  if (!wallet.isWalletError && !qrMessage) return null;
  const text = qrMessage ?? wallet.message ?? "";
  if (/expired/i.test(text))
    return `The code expired before ${name} approved it. Show a new code and approve it within 5 minutes.`;
  if (/socket|relay|connect to|network|internet/i.test(text))
    return `The WalletConnect relay cannot be reached, so ${name} cannot be asked. Check your connection and try again.`;
  return `${name} could not connect: ${text || "unknown error"}.`;
}

export function WalletConnectPanel({ wallet, onRetry }: { wallet: ChainWalletBase; onRetry(): void }) {
  const qr = useQr(wallet);
  // Which code the user opened the app with: a new code starts over at "Open your wallet app".
  const [openedUri, setOpenedUri] = useState<string | null>(null);
  const name = wallet.walletPrettyName;
  const uri = qr.state === State.Done ? (wallet.qrUrl?.data ?? null) : null;
  const link = uri ? appLink(wallet.walletInfo, phoneOs(), uri) : null;
  const opened = uri !== null && openedUri === uri;
  const failure = failureOf(wallet, qr.state === State.Error ? qr.message : undefined);
  const [copiedUri, setCopiedUri] = useState<string | null>(null);

  if (wallet.isWalletConnected)
    return (
      <p
        role="status"
        className="flex items-center gap-2 text-sm font-medium text-green-700 dark:text-green-400"
      >
        Approved: {name} is connected.
      </p>
    );
  if (failure)
    return (
      <div className="space-y-3">
        <p
          role="alert"
          className="rounded-lg bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-300"
        >
          {failure}
        </p>
        <Button onClick={onRetry}>{/expired/.test(failure) ? "Show a new code" : "Try again"}</Button>
      </div>
    );
  return (
    <div className="flex flex-col items-center gap-3 text-center" aria-label={`Connect ${name}`} role="group">
      {uri ? (
        <QrCode value={uri} label={`WalletConnect code for ${name}`} />
      ) : (
        <div className="flex size-52 items-center justify-center">
          <Spinner label="Preparing the code" />
        </div>
      )}
      <p role="status" className="text-sm font-medium" data-testid="walletconnect-phase">
        {link && !opened ? "Open your wallet app to approve" : `Waiting for approval in ${name}…`}
      </p>
      <p className="text-xs text-zinc-500">
        {link
          ? `Open ${name} on this phone, or scan the code with it on another device.`
          : `Scan the code with ${name} on your phone, then approve the connection there.`}
      </p>
      {uri && (
        <div className="flex flex-wrap justify-center gap-2">
          {link && (
            <a
              href={link}
              onClick={() => setOpenedUri(uri)}
              className="inline-flex h-9 items-center rounded-lg bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
            >
              Open {name}
            </a>
          )}
          <Button
            variant="secondary"
            size="sm"
            onClick={() =>
              void navigator.clipboard.writeText(uri).then(
                () => setCopiedUri(uri),
                () => setCopiedUri(null),
              )
            }
          >
            {copiedUri === uri ? "Link copied" : "Copy link"}
          </Button>
        </div>
      )}
    </div>
  );
}
