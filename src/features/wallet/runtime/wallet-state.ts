// Maps what cosmos-kit and the local key report to the console's one WalletState.
import type { WalletState } from "../wallet-context";
import { DISCONNECTED } from "../wallet-context";
import type { WalletSession } from "./session";

/** cosmos-kit's WalletStatus values, as plain strings so this module stays pure. */
export type KitStatus = "Disconnected" | "Connecting" | "Connected" | "NotExist" | "Rejected" | "Error";

export interface KitSnapshot {
  status: KitStatus;
  walletName: string | null;
  message: string | null;
  session: WalletSession | null;
}

export interface LocalKeySnapshot {
  status: "idle" | "connecting" | "connected" | "error";
  session: WalletSession | null;
  error: string | null;
}

function fromSession(session: WalletSession): WalletState {
  return {
    status: "connected",
    address: session.address,
    walletName: session.walletName,
    accountName: session.accountName,
    signMode: session.signMode,
    error: null,
  };
}

export function localKeyState(local: LocalKeySnapshot): WalletState {
  if (local.status === "connected" && local.session) return fromSession(local.session);
  if (local.status === "error")
    return { ...DISCONNECTED, status: "error", walletName: "Local key", error: local.error };
  return { ...DISCONNECTED, status: "connecting", walletName: "Local key" };
}

export function kitState(kit: KitSnapshot): WalletState {
  const name = kit.walletName ?? "The wallet";
  switch (kit.status) {
    case "Connected":
      return kit.session
        ? fromSession(kit.session)
        : { ...DISCONNECTED, status: "connecting", walletName: name };
    case "Connecting":
      return { ...DISCONNECTED, status: "connecting", walletName: name };
    case "Rejected":
      return {
        ...DISCONNECTED,
        status: "error",
        walletName: name,
        error: `The connection was rejected in ${name}.`,
      };
    case "NotExist":
      return {
        ...DISCONNECTED,
        status: "error",
        walletName: name,
        error: `${name} is not installed in this browser. Install it, then reload the page.`,
      };
    case "Error":
      return {
        ...DISCONNECTED,
        status: "error",
        walletName: name,
        error: `${name} could not connect: ${kit.message ?? "unknown error"}.`,
      };
    default:
      return DISCONNECTED;
  }
}

/** The local key wins while it is in use; otherwise the cosmos-kit wallet speaks. */
export function combinedState(local: LocalKeySnapshot, kit: KitSnapshot): WalletState {
  return local.status === "idle" ? kitState(kit) : localKeyState(local);
}
