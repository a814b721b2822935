// State of the local-key wallet for the selected network: connect fetches the server's test
// account and builds signers in memory; a network switch drops it (the key belongs to one
// network) and a remembered local-key session reconnects on networks that offer one.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { NetworkConfig } from "@/config/networks";
import { rememberedWallet, rememberWallet } from "../wallet-memory";
import { createLocalKeySession, fetchLocalKey } from "./local-key";
import type { LocalKeySnapshot } from "./wallet-state";

const IDLE: LocalKeySnapshot = { status: "idle", session: null, error: null };

export interface LocalKey extends LocalKeySnapshot {
  available: boolean;
  connect(): Promise<boolean>;
  disconnect(): void;
}

async function openLocalKey(): Promise<LocalKeySnapshot> {
  try {
    const session = await createLocalKeySession(await fetchLocalKey());
    rememberWallet({ kind: "local-key" });
    return { status: "connected", session, error: null };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { status: "error", session: null, error: `The local key is unavailable: ${reason}` };
  }
}

export function useLocalKey(network: NetworkConfig): LocalKey {
  const networkId = network.id;
  const available = network.localWallet;
  // State is tagged with its network, so a switch reads as idle without a reset effect.
  const [entry, setEntry] = useState<{ networkId: string; state: LocalKeySnapshot }>({
    networkId,
    state: IDLE,
  });
  const generation = useRef(0);
  const state = available && entry.networkId === networkId ? entry.state : IDLE;

  const connect = useCallback(async (): Promise<boolean> => {
    const mine = ++generation.current;
    setEntry({ networkId, state: { status: "connecting", session: null, error: null } });
    const next = await openLocalKey();
    if (mine !== generation.current) return false;
    setEntry({ networkId, state: next });
    return next.status === "connected";
  }, [networkId]);

  const disconnect = useCallback(() => {
    generation.current++;
    setEntry({ networkId, state: IDLE });
  }, [networkId]);

  // Restores a remembered local-key session (after a reload, or back on this network).
  useEffect(() => {
    if (!available || rememberedWallet()?.kind !== "local-key") return;
    const mine = ++generation.current;
    void openLocalKey().then((next) => {
      if (mine === generation.current) setEntry({ networkId, state: next });
    });
  }, [available, networkId]);

  return useMemo(
    () => ({ ...state, available, connect, disconnect }),
    [state, available, connect, disconnect],
  );
}
