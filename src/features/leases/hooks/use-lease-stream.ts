// A lease's log or event stream (api/lease-stream.ts) for as long as the panel is shown.
import { useEffect, useState } from "react";
import { LeaseStream, type StreamSnapshot } from "../api/lease-stream";
import type { JwtCache } from "../api/provider-jwt";
import type { ProxyTarget } from "../api/proxy-client";

const IDLE: StreamSnapshot = {
  lines: [],
  state: "connecting",
  error: null,
  lastLineAt: null,
  checkedAt: null,
  reconnects: 0,
  lastReconnect: null,
  trimmed: 0,
};

export function useLeaseStream(opts: {
  kind: "logs" | "kubeevents";
  target: ProxyTarget | null;
  jwt: JwtCache | null;
  lease: { dseq: string; gseq: number; oseq: number; provider: string };
}): StreamSnapshot {
  const [snapshot, setSnapshot] = useState<StreamSnapshot>(IDLE);
  const { kind, jwt } = opts;
  const { dseq, gseq, oseq, provider } = opts.lease;
  // Primitives, not the target object: a new object each render must not reconnect.
  const proxyUrl = opts.target?.proxyUrl ?? null;
  const networkId = opts.target?.networkId ?? null;
  const hostUri = opts.target?.hostUri ?? null;

  useEffect(() => {
    if (!proxyUrl || !networkId || !hostUri || !jwt) return;
    const stream: LeaseStream = new LeaseStream({
      kind,
      target: { proxyUrl, networkId, hostUri, providerAddress: provider },
      lease: { dseq, gseq, oseq },
      token: (fresh) => jwt.token(provider, dseq, { fresh }),
      onChange: () => setSnapshot(stream.snapshot),
    });
    stream.start();
    return () => {
      stream.stop();
      setSnapshot(IDLE);
    };
  }, [kind, proxyUrl, networkId, hostUri, jwt, dseq, gseq, oseq, provider]);

  return snapshot;
}
