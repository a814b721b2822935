// Reads cosmos-kit's chain wallet and the local key, and publishes one WalletImplementation.
// Rebuilds the signing session whenever the address changes (keystore change events make
// cosmos-kit reconnect, which lands here as a new address).
import { useEffect, useMemo, useState } from "react";
import { useChain } from "@cosmos-kit/react-lite";
import { WalletNotConnectedError, type WalletImplementation } from "../wallet-context";
import { rememberWallet } from "../wallet-memory";
import { cosmosKitSession } from "./cosmos-kit-session";
import type { WalletSession } from "./session";
import type { LocalKey } from "./use-local-key";
import { combinedState, type KitStatus } from "./wallet-state";
import { followRelay, trackedSession } from "../walletconnect/session";

interface Props {
  chainName: string;
  localKey: LocalKey;
  onChange(impl: WalletImplementation): void;
}

export function WalletBridge({ chainName, localKey, onChange }: Props) {
  const chain = useChain(chainName);
  const { status, address } = chain;
  const walletId = chain.wallet?.name ?? null;
  const [kitSession, setKitSession] = useState<WalletSession | null>(null);

  useEffect(() => {
    if (status !== "Connected" || !address) return;
    let cancelled = false;
    if (walletId) rememberWallet({ kind: "cosmos-kit", name: walletId });
    // A phone wallet (WalletConnect): each request is tracked, and the relay link is followed.
    const current = chain.walletRepo.current;
    const phone = current?.isModeWalletConnect ? current : null;
    const stopFollowing = phone ? followRelay(phone) : () => undefined;
    void cosmosKitSession(chain, address).then(
      (s) => !cancelled && setKitSession(phone ? trackedSession(s, phone) : s),
    );
    return () => {
      cancelled = true;
      stopFollowing();
      setKitSession(null);
    };
    // chain is a fresh object each render; the session depends on who is connected, not on it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, address, walletId]);

  // walletRepo's methods are stable (unlike useChain's wrappers), so impl only changes with state.
  const repo = chain.walletRepo;
  const session = localKey.status === "connected" ? localKey.session : kitSession;
  const impl = useMemo<WalletImplementation>(() => {
    const state = combinedState(localKey, {
      status: status as KitStatus,
      walletName: chain.wallet?.prettyName ?? null,
      message: typeof chain.message === "string" ? chain.message : null,
      session: kitSession,
    });
    return {
      ...state,
      openConnect: repo.openView,
      async disconnect() {
        rememberWallet(null);
        if (localKey.status !== "idle") localKey.disconnect();
        // A phone wallet: end the session on the phone too, and forget the pairing, so the next
        // connection shows a fresh code.
        if (walletId) await repo.disconnect(walletId, true, { walletconnect: { removeAllPairings: true } });
      },
      getSigner: () => (session ? session.getSigner() : Promise.reject(new WalletNotConnectedError())),
      signArbitrary: (data) =>
        session ? session.signArbitrary(data) : Promise.reject(new WalletNotConnectedError()),
    };
  }, [localKey, status, walletId, chain.wallet?.prettyName, chain.message, kitSession, session, repo]);

  useEffect(() => onChange(impl), [impl, onChange]);
  return null;
}
