// Our wallet modal (cosmos-kit's walletModal slot): the cosmos-kit wallets for this platform,
// the phone wallets (WalletConnect), the local key when the network offers one, and a plain
// message when there is no wallet. Picking a phone wallet shows its pairing code and phases.
import { useEffect, useState } from "react";
import type { ChainWalletBase, WalletModalProps } from "@cosmos-kit/core";
import { Dialog } from "@/components/ui/dialog";
import { useLocalKeyContext } from "../runtime/local-key-context";
import { INSTALL_LINKS } from "../runtime/wallets";
import { WalletConnectPanel } from "../walletconnect/WalletConnectPanel";
import { NoWalletNotice } from "./NoWalletNotice";
import { WalletOption, type Availability } from "./WalletOption";

const PHONE_DETAIL = "Phone app, via WalletConnect: scan a code or open the app";
/** How long "Approved" stays on screen before the modal closes itself. */
const APPROVED_MS = 1_200;

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
  const { localKey, networkName, phoneWallets } = useLocalKeyContext();
  // A phone wallet picked before its code was loaded is being connected by the runtime.
  const [pending, setPending] = useState<string | null>(() => phoneWallets.pending);
  const wallets = walletRepo?.platformEnabledWallets ?? [];
  const current = walletRepo?.current;

  const phone = wallets.find((w) => w.walletName === pending && w.isModeWalletConnect) ?? null;
  const failed = wallets.find((w) => w.walletName === pending && (w.isWalletRejected || w.isWalletError));
  const error =
    pending === "local-key" && localKey.status === "error"
      ? localKey.error
      : failed && !phone
        ? failed.isWalletRejected
          ? `The request was rejected in ${failed.walletPrettyName}.`
          : `${failed.walletPrettyName} could not connect: ${failed.message ?? "unknown error"}.`
        : null;

  async function connectWallet(wallet: ChainWalletBase) {
    setPending(wallet.walletName);
    localKey.disconnect();
    await walletRepo?.connect(wallet.walletName);
    if (wallet.isWalletConnected && !wallet.isModeWalletConnect) close();
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

  // "Approved" stays on screen a moment, then the modal closes itself.
  const approved = isOpen && phone?.isWalletConnected === true;
  useEffect(() => {
    if (!approved) return;
    const timer = setTimeout(close, APPROVED_MS);
    return () => clearTimeout(timer);
    // close only sets state; the approval is what triggers it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [approved]);

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
      {phone ? (
        <div className="space-y-3">
          <WalletConnectPanel wallet={phone} onRetry={() => void connectWallet(phone)} />
          {!phone.isWalletConnected && (
            <button
              type="button"
              className="text-sm text-brand-600 underline"
              onClick={() => setPending(null)}
            >
              Choose another wallet
            </button>
          )}
        </div>
      ) : (
        <ul className="grid gap-2" aria-label="Wallets">
          {/* On the local network the funded local key is the way in: no extension needed. */}
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
                  ? PHONE_DETAIL
                  : walletRepo?.isMobile
                    ? "Wallet app browser"
                    : "Browser extension"
              }
              onSelect={() => void connectWallet(w)}
            />
          ))}
          {phoneWallets.unloaded.map((w) => (
            <WalletOption
              key={w.name}
              name={w.prettyName}
              logo={null}
              availability="installed"
              busy={phoneWallets.pending === w.name}
              detail={PHONE_DETAIL}
              onSelect={() => phoneWallets.choose(w.name)}
            />
          ))}
        </ul>
      )}
      {!phone && noneInstalled && !localKey.available && phoneWallets.unloaded.length === 0 && (
        <NoWalletNotice phone={walletRepo?.isMobile ?? false} />
      )}
      <p className="mt-4 text-xs text-zinc-500">
        Your keys stay in your wallet. The console asks it to sign each transaction and never stores a key.
      </p>
    </Dialog>
  );
}
