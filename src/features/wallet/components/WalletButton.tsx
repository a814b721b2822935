// The header's wallet control: "Connect wallet", or the wallet name and a short address with a
// menu (copy address, change wallet, disconnect). Narrow enough for a phone header.
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { shortAddress } from "../utils/address";
import { useWallet } from "../wallet-context";

function useCloseOnOutside(open: boolean, close: () => void) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) close();
    };
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && close();
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open, close]);
  return ref;
}

const MENU_ITEM =
  "block w-full rounded-md px-3 py-2 text-left text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800";

export default function WalletButton() {
  const wallet = useWallet();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const ref = useCloseOnOutside(open, () => setOpen(false));

  if (wallet.status === "connecting" && !wallet.address)
    return (
      <div className="flex h-9 items-center" data-testid="wallet-connecting">
        <Spinner label="Wallet" />
      </div>
    );
  if (wallet.status !== "connected" || !wallet.address)
    return (
      <Button size="sm" onClick={wallet.openConnect} title={wallet.error ?? undefined}>
        {wallet.status === "error" && <span aria-hidden className="size-2 rounded-full bg-amber-300" />}
        Connect wallet
      </Button>
    );

  const address = wallet.address;
  async function copy() {
    setOpen(false);
    try {
      await navigator.clipboard.writeText(address);
      toast.push({ tone: "success", title: "Address copied", description: address });
    } catch {
      toast.push({ tone: "error", title: "Could not copy the address", description: address });
    }
  }

  return (
    <div ref={ref} className="relative">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`Wallet: ${wallet.walletName ?? "connected"} ${address}`}
        onClick={() => setOpen((o) => !o)}
        data-testid="wallet-button"
        className="flex h-9 max-w-40 flex-col items-start justify-center rounded-lg border border-zinc-200 px-2.5 text-left leading-tight hover:bg-zinc-100 sm:max-w-none dark:border-zinc-800 dark:hover:bg-zinc-900"
      >
        <span className="truncate text-[11px] text-zinc-500" data-testid="wallet-name">
          {wallet.walletName}
          {wallet.signMode === "amino" && " · amino"}
        </span>
        <span className="font-mono text-xs" data-testid="wallet-address">
          {shortAddress(address, 9, 4)}
        </span>
      </button>
      {open && (
        <div
          role="menu"
          aria-label="Wallet"
          className="absolute right-0 z-40 mt-1 w-64 rounded-lg border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          <p className="px-3 py-2 font-mono text-xs break-all text-zinc-600 dark:text-zinc-400">{address}</p>
          <button role="menuitem" className={MENU_ITEM} onClick={() => void copy()}>
            Copy address
          </button>
          <button
            role="menuitem"
            className={MENU_ITEM}
            onClick={() => {
              setOpen(false);
              wallet.openConnect();
            }}
          >
            Change wallet
          </button>
          <button
            role="menuitem"
            className={`${MENU_ITEM} text-red-700 dark:text-red-400`}
            onClick={() => {
              setOpen(false);
              void wallet.disconnect();
            }}
          >
            Disconnect
          </button>
        </div>
      )}
    </div>
  );
}
