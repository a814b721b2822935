// Our wallet modal (cosmos-kit's walletModal slot): the cosmos-kit wallets for this platform,
// the local key when the network offers one, and a plain message when there is no wallet.
import { useState } from "react";
import type { ChainWalletBase, WalletModalProps } from "@cosmos-kit/core";
import { Dialog } from "@/components/ui/dialog";
import { useLocalKeyContext } from "../runtime/local-key-context";
import { INSTALL_LINKS } from "../runtime/wallets";
import { NoWalletNotice } from "./NoWalletNotice";
import { WalletOption, type Availability } from "./WalletOption";

function availabilityOf(wallet: ChainWalletBase): Availability {
  if (wallet.isModeWalletConnect) return "installed";
  const { state } = wallet.clientMutable;
  if (state === "Init" || state === "Pending") return "checking";
  return state === "Done" && wallet.client ? "installed" : "missing";
}

function dataLogo(wallet: ChainWalletBase): string | null {
  const logo = wallet.walletInfo.logo;
  const src = typeof logo === "string" ? logo : logo?.major;
  // Only inline images: the console fetches nothing from third parties.
  return src?.startsWith("data:") ? src : null;
}

export function WalletModal({ isOpen, setOpen, walletRepo }: WalletModalProps) {
  const { localKey, networkName } = useLocalKeyContext();
  const [pending, setPending] = useState<string | null>(null);
  const wallets = walletRepo?.platformEnabledWallets ?? [];
  const current = walletRepo?.current;

  const failed = wallets.find((w) => w.walletName === pending && (w.isWalletRejected || w.isWalletError));
  const error =
    pending === "local-key" && localKey.status === "error"
      ? localKey.error
      : failed
        ? failed.isWalletRejected
          ? `The request was rejected in ${failed.walletPrettyName}.`
          : `${failed.walletPrettyName} could not connect: ${failed.message ?? "unknown error"}.`
        : null;

  async function connectWallet(wallet: ChainWalletBase) {
    setPending(wallet.walletName);
    localKey.disconnect();
    await walletRepo?.connect(wallet.walletName);
    if (wallet.isWalletConnected) close();
  }

  async function connectLocalKey() {
    setPending("local-key");
    if (current && !current.isWalletDisconnected) await current.disconnect(true);
    if (await localKey.connect()) close();
  }

  function close() {
    setPending(null);
    setOpen(false);
  }

  const noneInstalled = wallets.every((w) => availabilityOf(w) === "missing");
  return (
    <Dialog open={isOpen} onClose={close} title="Connect a wallet">
      {error && (
        <p
          role="alert"
          className="mb-3 rounded-lg bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-300"
        >
          {error}
        </p>
      )}
      <ul className="grid gap-2" aria-label="Wallets">
        {wallets.map((w) => (
          <WalletOption
            key={w.walletName}
            name={w.walletPrettyName}
            logo={dataLogo(w)}
            availability={availabilityOf(w)}
            busy={pending === w.walletName && w.isWalletConnecting}
            installUrl={INSTALL_LINKS[w.walletName]}
            detail={
              w.isModeWalletConnect
                ? "Scan with your phone (WalletConnect)"
                : walletRepo?.isMobile
                  ? "Wallet app browser"
                  : "Browser extension"
            }
            onSelect={() => void connectWallet(w)}
          />
        ))}
        {localKey.available && (
          <WalletOption
            name="Local key"
            logo={null}
            availability="installed"
            busy={localKey.status === "connecting"}
            detail={`${networkName}'s funded test account, signed in this tab`}
            onSelect={() => void connectLocalKey()}
          />
        )}
      </ul>
      {noneInstalled && !localKey.available && <NoWalletNotice phone={walletRepo?.isMobile ?? false} />}
      <p className="mt-4 text-xs text-zinc-500">
        Your keys stay in your wallet. The console asks it to sign each transaction and never stores a key.
      </p>
    </Dialog>
  );
}
