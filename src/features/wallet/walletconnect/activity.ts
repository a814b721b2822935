// What the console is waiting for from a phone wallet: the one pending WalletConnect request
// (sign a transaction, sign a login token) and its phase, plus the relay connection. A request
// moves "open-app" (sent; the user should open the wallet app) → "waiting" (the user opened it)
// → "approved", or ends in a rejection, a timeout, or the user giving up. The request dialog
// renders this; the session wraps every wallet call in track().

export type RequestPhase = "open-app" | "waiting" | "approved";

export interface PendingRequest {
  id: number;
  walletName: string;
  /** opens the wallet app on this phone; null on a desktop */
  appLink: string | null;
  phase: RequestPhase;
}

export interface ActivitySnapshot {
  request: PendingRequest | null;
  relayConnected: boolean;
}

export class WalletRequestAbandoned extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WalletRequestAbandoned";
  }
}

/** How long the console waits for an answer (WalletConnect itself would wait 15 minutes). */
export const APPROVAL_TIMEOUT_MS = 5 * 60_000;
const APPROVED_VISIBLE_MS = 1_500;

export class WalletConnectActivity {
  private snapshot: ActivitySnapshot = { request: null, relayConnected: true };
  private readonly listeners = new Set<() => void>();
  private abandon: ((err: Error) => void) | null = null;
  private seq = 0;

  constructor(private readonly timers: Pick<typeof globalThis, "setTimeout" | "clearTimeout"> = globalThis) {}

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getSnapshot = (): ActivitySnapshot => this.snapshot;

  private set(next: Partial<ActivitySnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    this.listeners.forEach((l) => l());
  }

  private setRequest(id: number, patch: Partial<PendingRequest> | null): void {
    if (this.snapshot.request?.id !== id) return;
    this.set({ request: patch ? { ...this.snapshot.request, ...patch } : null });
  }

  setRelayConnected(connected: boolean): void {
    if (this.snapshot.relayConnected !== connected) this.set({ relayConnected: connected });
  }

  /** The user tapped "Open <wallet>": from now on the console is waiting for their answer. */
  openedApp(): void {
    const r = this.snapshot.request;
    if (r?.phase === "open-app") this.setRequest(r.id, { phase: "waiting" });
  }

  /** The user gave up on the pending request; the wallet call fails with `reason`. */
  stopWaiting(reason: string): void {
    this.abandon?.(new WalletRequestAbandoned(reason));
  }

  async track<T>(walletName: string, appLink: string | null, call: () => Promise<T>): Promise<T> {
    const id = ++this.seq;
    this.set({ request: { id, walletName, appLink, phase: appLink ? "open-app" : "waiting" } });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const abandoned = new Promise<never>((_, reject) => {
      this.abandon = reject;
      timer = this.timers.setTimeout(
        () =>
          reject(
            new WalletRequestAbandoned(
              `${walletName} did not answer within ${APPROVAL_TIMEOUT_MS / 60_000} minutes, so nothing was signed. Open ${walletName}, check it is connected, and try again.`,
            ),
          ),
        APPROVAL_TIMEOUT_MS,
      );
    });
    try {
      const result = await Promise.race([call(), abandoned]);
      this.setRequest(id, { phase: "approved" });
      this.timers.setTimeout(() => this.setRequest(id, null), APPROVED_VISIBLE_MS);
      return result;
    } catch (err) {
      this.setRequest(id, null);
      throw err;
    } finally {
      this.timers.clearTimeout(timer);
      this.abandon = null;
    }
  }
}

/** One per page: there is one wallet connection at a time. */
export const walletConnectActivity = new WalletConnectActivity();
