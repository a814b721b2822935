// A CometBFT JSON-RPC websocket subscription (`/websocket`, method `subscribe`) that
// reconnects with backoff. Owns the socket lifecycle; callers get decoded events and a state
// they can show ("live", "reconnecting…"). Public RPCs may refuse websockets: callers keep a
// polling fallback and treat this as a faster trigger, never as the only source.

export type SocketState = "connecting" | "open" | "reconnecting" | "closed";

export interface CometSubscriptionOptions {
  rpcUrl: string;
  query: string;
  onEvent: (data: unknown) => void;
  onState?: (state: SocketState) => void;
  /** injectable for tests */
  createSocket?: (url: string) => WebSocket;
  maxBackoffMs?: number;
}

export function toWebsocketUrl(rpcUrl: string): string {
  const url = new URL(rpcUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/websocket`;
  return url.toString();
}

export function subscribeComet(opts: CometSubscriptionOptions): () => void {
  const create = opts.createSocket ?? ((url: string) => new WebSocket(url));
  const maxBackoff = opts.maxBackoffMs ?? 15_000;
  let socket: WebSocket | null = null;
  let attempts = 0;
  let stopped = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  const setState = (state: SocketState) => opts.onState?.(state);

  const connect = () => {
    setState(attempts === 0 ? "connecting" : "reconnecting");
    let ws: WebSocket;
    try {
      ws = create(toWebsocketUrl(opts.rpcUrl));
    } catch {
      scheduleReconnect();
      return;
    }
    socket = ws;
    ws.onopen = () => {
      attempts = 0;
      setState("open");
      ws.send(JSON.stringify({ jsonrpc: "2.0", method: "subscribe", id: 1, params: { query: opts.query } }));
    };
    ws.onmessage = (message) => {
      if (typeof message.data !== "string") return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(message.data);
      } catch {
        return;
      }
      const data = (parsed as { result?: { data?: unknown } }).result?.data;
      if (data !== undefined) opts.onEvent(data);
    };
    ws.onclose = () => {
      if (socket === ws) socket = null;
      if (!stopped) scheduleReconnect();
    };
    ws.onerror = () => ws.close();
  };

  const scheduleReconnect = () => {
    if (stopped) return;
    attempts += 1;
    setState("reconnecting");
    const delay = Math.min(maxBackoff, 500 * 2 ** Math.min(attempts - 1, 6));
    retryTimer = setTimeout(connect, delay);
  };

  connect();

  return () => {
    stopped = true;
    if (retryTimer) clearTimeout(retryTimer);
    socket?.close();
    socket = null;
    setState("closed");
  };
}

export interface BlockHeaderEvent {
  height: number;
  time: string;
}

/** Extracts the header from a `tm.event='NewBlockHeader'` event, or null if it is something else. */
export function parseNewBlockHeader(data: unknown): BlockHeaderEvent | null {
  const value =
    (data as { type?: string; value?: { header?: { height?: unknown; time?: unknown } } } | null) ?? null;
  if (value?.type !== "tendermint/event/NewBlockHeader") return null;
  const height = Number(value.value?.header?.height);
  const time = value.value?.header?.time;
  if (!Number.isSafeInteger(height) || typeof time !== "string") return null;
  return { height, time };
}
