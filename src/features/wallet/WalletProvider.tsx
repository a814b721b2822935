// Always-present, tiny: provides useWallet() from the first render and loads the wallet stack
// (cosmos-kit, cosmjs signers, the modal) after first paint, or at once when the user asks to
// connect or a previous session should be restored. Until then the wallet reads as
// disconnected (or "connecting" when a session is remembered), and early openConnect() calls
// are kept until the stack is there.
import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from "react";
import { useNetwork } from "@/features/network";
import type { WalletRuntimeProps } from "./runtime/WalletRuntime";
import {
  DISCONNECTED,
  WalletContext,
  WalletNotConnectedError,
  type WalletImplementation,
  type WalletValue,
} from "./wallet-context";
import { rememberedWallet } from "./wallet-memory";
import { whenIdle } from "@/lib/idle";

export function WalletProvider({ children }: { children: ReactNode }) {
  const { network, appConfig } = useNetwork();
  const [restoring] = useState(() => rememberedWallet() !== null);
  const [wanted, setWanted] = useState(restoring);
  const [Runtime, setRuntime] = useState<ComponentType<WalletRuntimeProps> | null>(null);
  const [impl, setImpl] = useState<WalletImplementation | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const pendingOpen = useRef(false);

  useEffect(() => whenIdle(() => setWanted(true)), []);
  useEffect(() => {
    if (!wanted || Runtime) return;
    let cancelled = false;
    import("./runtime/WalletRuntime").then(
      (m) => !cancelled && setRuntime(() => m.WalletRuntime),
      (err: unknown) =>
        !cancelled &&
        setLoadError(
          `The wallet code could not be loaded (${err instanceof Error ? err.message : String(err)}). Reload the page.`,
        ),
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, Runtime]);

  useEffect(() => {
    if (!impl || !pendingOpen.current) return;
    pendingOpen.current = false;
    impl.openConnect();
  }, [impl]);

  const requestOpen = useCallback(() => {
    pendingOpen.current = true;
    setWanted(true);
  }, []);

  const value = useMemo<WalletValue>(() => {
    if (impl) return { ...impl, ready: true };
    return {
      ...DISCONNECTED,
      status: loadError ? "error" : restoring ? "connecting" : "disconnected",
      error: loadError,
      ready: false,
      openConnect: requestOpen,
      disconnect: () => Promise.resolve(),
      getSigner: () => Promise.reject(new WalletNotConnectedError()),
      signArbitrary: () => Promise.reject(new WalletNotConnectedError()),
    };
  }, [impl, loadError, restoring, requestOpen]);

  return (
    <WalletContext.Provider value={value}>
      {children}
      {Runtime && <Runtime network={network} appConfig={appConfig} onChange={setImpl} />}
    </WalletContext.Provider>
  );
}
