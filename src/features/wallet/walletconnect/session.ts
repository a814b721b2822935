// Wraps a WalletConnect wallet's session so every request to the phone goes through the activity
// tracker (phases, timeout, giving up), and follows the relay connection of its SignClient.
import type { ChainWalletBase } from "@cosmos-kit/core";
import type { OfflineAminoSigner } from "@cosmjs/amino";
import type { OfflineDirectSigner, OfflineSigner } from "@cosmjs/proto-signing";
import type { WalletSession } from "../runtime/session";
import { walletConnectActivity as activity } from "./activity";
import { appLink, phoneOs } from "./deep-link";

/** The part of the SDK's relayer the console listens to (kept structural: no SDK types here). */
interface RelayerLike {
  connected: boolean;
  on(event: string, fn: () => void): void;
  off(event: string, fn: () => void): void;
}

function relayerOf(wallet: ChainWalletBase): RelayerLike | null {
  const client: unknown = wallet.client;
  const relayer: unknown = (client as { signClient?: { core?: { relayer?: unknown } } } | undefined)
    ?.signClient?.core?.relayer;
  return relayer && typeof (relayer as RelayerLike).on === "function" ? (relayer as RelayerLike) : null;
}

/** Mirrors the relay connection into the activity store; returns the unsubscribe. */
export function followRelay(wallet: ChainWalletBase): () => void {
  const relayer = relayerOf(wallet);
  if (!relayer) return () => undefined;
  const up = () => activity.setRelayConnected(true);
  const down = () => activity.setRelayConnected(false);
  relayer.on("relayer_connect", up);
  relayer.on("relayer_disconnect", down);
  activity.setRelayConnected(relayer.connected);
  return () => {
    relayer.off("relayer_connect", up);
    relayer.off("relayer_disconnect", down);
  };
}

function trackSigner(signer: OfflineSigner, run: <T>(call: () => Promise<T>) => Promise<T>): OfflineSigner {
  if ("signDirect" in signer) {
    const direct: OfflineDirectSigner = {
      getAccounts: () => signer.getAccounts(),
      signDirect: (address, doc) => run(() => signer.signDirect(address, doc)),
    };
    return direct;
  }
  const amino: OfflineAminoSigner = {
    getAccounts: () => signer.getAccounts(),
    signAmino: (address, doc) => run(() => signer.signAmino(address, doc)),
  };
  return amino;
}

/** The SDK rejects with the wallet's JSON-RPC error object ({code, message}); make it an Error. */
async function asError<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof Error) throw err;
    const message = (err as { message?: unknown } | null)?.message;
    throw new Error(typeof message === "string" && message ? message : String(err));
  }
}

export function trackedSession(session: WalletSession, wallet: ChainWalletBase): WalletSession {
  const link = appLink(wallet.walletInfo, phoneOs(), null);
  const run = <T>(call: () => Promise<T>) => activity.track(session.walletName, link, () => asError(call));
  return {
    ...session,
    getSigner: async () => trackSigner(await session.getSigner(), run),
    signArbitrary: (data) => run(() => session.signArbitrary(data)),
  };
}
