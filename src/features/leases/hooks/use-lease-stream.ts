// A provider websocket (logs or kube events) through the proxy relay, with its state visible:
// connecting, live, reconnecting (with backoff) after a drop, or failed with the reason. Lines
// are capped so a chatty service cannot exhaust memory.
import { useEffect, useRef, useState } from "react";
import { proxySocketUrl, type ProxyTarget } from "../api/proxy-client";
import type { JwtCache } from "../api/provider-jwt";

export type StreamState = "connecting" | "live" | "reconnecting" | "failed" | "ended";

export interface StreamLine {
  id: number;
  source: string;
  text: string;
}

export const MAX_LINES = 5000;
const MAX_BACKOFF_MS = 10_000;

export function parseFrame(kind: "logs" | "kubeevents", data: string): { source: string; text: string } {
  try {
    const frame = JSON.parse(data) as Record<string, unknown>;
    if (kind === "logs") return { source: String(frame.name ?? ""), text: String(frame.message ?? "") };
    const object = (frame.object ?? {}) as Record<string, unknown>;
    return {
      source: String(object.name ?? ""),
      text: `${String(frame.reason ?? "")}: ${String(frame.note ?? "")}`,
    };
  } catch {
    return { source: "", text: data };
  }
}

export function useLeaseStream(opts: {
  kind: "logs" | "kubeevents";
  target: ProxyTarget | null;
  jwt: JwtCache | null;
  lease: { dseq: string; gseq: number; oseq: number; provider: string };
  enabled: boolean;
}) {
  const [lines, setLines] = useState<StreamLine[]>([]);
  const [state, setState] = useState<StreamState>("connecting");
  const [error, setError] = useState<string | null>(null);
  const nextId = useRef(0);
  const { kind, jwt, enabled } = opts;
  const { dseq, gseq, oseq, provider } = opts.lease;
  // Primitives, not the target object: a new object each render must not reconnect.
  const proxyUrl = opts.target?.proxyUrl ?? null;
  const networkId = opts.target?.networkId ?? null;
  const hostUri = opts.target?.hostUri ?? null;

  useEffect(() => {
    if (!enabled || !proxyUrl || !networkId || !hostUri || !jwt) return;
    let socket: WebSocket | null = null;
    let stopped = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const push = (source: string, text: string) =>
      setLines((prev) => [...prev, { id: nextId.current++, source, text }].slice(-MAX_LINES));

    const connect = async () => {
      const token = await jwt.token(provider, dseq);
      if (stopped) return;
      // After a drop, ask only for new lines: the earlier ones are already on screen.
      const tail = attempt === 0 ? "tail=200&" : "tail=0&";
      const path = `/lease/${dseq}/${gseq}/${oseq}/${kind}?${kind === "logs" ? tail : ""}follow=true`;
      const ws = new WebSocket(proxySocketUrl(proxyUrl));
      socket = ws;
      let open = false;
      ws.onopen = () =>
        ws.send(
          JSON.stringify({
            network: networkId,
            providerAddress: provider,
            url: hostUri.replace(/\/+$/, "") + path,
            token,
          }),
        );
      ws.onmessage = (e: MessageEvent<string>) => {
        if (!open) {
          const control = JSON.parse(e.data) as { type: string; message?: string };
          if (control.type === "open") {
            open = true;
            if (attempt > 0) push("", "— reconnected —");
            attempt = 0;
            setState("live");
            setError(null);
          } else if (control.type === "error") setError(control.message ?? "The stream was refused.");
          return;
        }
        const line = parseFrame(kind, e.data);
        push(line.source, line.text);
      };
      ws.onclose = (e) => {
        if (stopped) return;
        if (e.code === 1000 && open) return setState("ended");
        // 44xx: the proxy refused for good (certificate, address, registration); do not retry.
        if (!open && e.code >= 4400 && e.code < 4500) return setState("failed");
        attempt += 1;
        setState("reconnecting");
        timer = setTimeout(() => void connect().catch(fail), Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt));
      };
    };
    const fail = (err: unknown) => {
      setState("failed");
      setError(err instanceof Error ? err.message : String(err));
    };
    void connect().catch(fail);
    return () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    };
  }, [kind, proxyUrl, networkId, hostUri, jwt, enabled, dseq, gseq, oseq, provider]);

  return { lines, state, error, clear: () => setLines([]) };
}
