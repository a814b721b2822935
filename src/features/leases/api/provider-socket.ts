// A provider websocket through the console server's proxy relay (server/provider-proxy): the
// first message is the envelope (network, provider, URL, token); the proxy answers {type:"open"}
// or {type:"error"} and closes. After "open", frames are the provider's own, except the proxy's
// {type:"pong"} to our {type:"ping"}: the only way a page can check a quiet socket is alive.
import { proxySocketUrl, type ProxyTarget } from "./proxy-client";

export interface ProxyRefusal {
  code: string;
  message: string;
  /** the gateway's own HTTP status when it refused the upgrade (401: the token) */
  providerStatus?: number;
}

export interface ProviderSocketHandlers {
  onOpen?(): void;
  onFrame(data: string | ArrayBuffer): void;
  onPong?(): void;
  onRefused?(refusal: ProxyRefusal): void;
  /** `opened`: whether the provider had accepted the stream */
  onClose?(code: number, opened: boolean): void;
}

export type SocketFactory = (url: string) => WebSocket;

export interface ProviderSocket {
  send(data: string | Uint8Array<ArrayBuffer>): void;
  ping(): void;
  close(): void;
}

const PING = '{"type":"ping"}';
const PONG = '{"type":"pong"}';

function parseControl(data: unknown): { type?: string } & Partial<ProxyRefusal> {
  if (typeof data !== "string") return {};
  try {
    return JSON.parse(data) as { type?: string } & Partial<ProxyRefusal>;
  } catch {
    return {};
  }
}

export function openProviderSocket(
  target: ProxyTarget,
  path: string,
  token: string,
  h: ProviderSocketHandlers,
  factory: SocketFactory = (url) => new WebSocket(url),
): ProviderSocket {
  const ws = factory(proxySocketUrl(target.proxyUrl));
  ws.binaryType = "arraybuffer";
  let opened = false;
  let closed = false;
  ws.onopen = () =>
    ws.send(
      JSON.stringify({
        network: target.networkId,
        providerAddress: target.providerAddress,
        url: target.hostUri.replace(/\/+$/, "") + path,
        token,
      }),
    );
  ws.onmessage = (e: MessageEvent<string | ArrayBuffer>) => {
    if (opened) {
      if (e.data === PONG) h.onPong?.();
      else h.onFrame(e.data);
      return;
    }
    const control = parseControl(e.data);
    if (control.type === "open") {
      opened = true;
      h.onOpen?.();
    } else if (control.type === "error")
      h.onRefused?.({
        code: control.code ?? "error",
        message: control.message ?? "The stream was refused.",
        providerStatus: control.providerStatus,
      });
  };
  ws.onclose = (e: CloseEvent) => {
    if (closed) return;
    closed = true;
    h.onClose?.(e.code, opened);
  };
  const sendable = () => opened && ws.readyState === WebSocket.OPEN;
  return {
    send: (data) => {
      if (sendable()) ws.send(data);
    },
    ping: () => {
      if (sendable()) ws.send(PING);
    },
    close: () => {
      closed = true;
      ws.close();
    },
  };
}
