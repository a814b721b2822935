// The gateway's websocket routes: /logs (follow, tail per pod as Kubernetes' TailLines, service
// filter; frames {name, message}), /kubeevents (LeaseEvent frames) and /shell (shell.ts).
// Authentication happens before the upgrade, like the provider's middleware chain; a lease
// without workloads is closed with code 4001. The "idle-drop" fault cuts quiet streams here.
import type http from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import { authorizeForLease, authorizeForProvider } from "../auth/claims.ts";
import { UNAUTHORIZED } from "../auth/jwt.ts";
import { type GatewayContext, leaseKey } from "./context.ts";
import { refuseUpgrade } from "./respond.ts";
import { LEASE_PATH, LEASE_SCOPES } from "./routes.ts";
import { runShell, shellParams } from "./shell.ts";
import type { LeaseWorkload, LogEntry } from "../workloads/leaseWorkload.ts";

const LEASE_NOT_FOUND = 4001;
const PING_MS = 10_000;

interface StreamParams {
  follow: boolean;
  tail: number | null;
  services: string[];
}

function streamParams(url: URL): StreamParams | string {
  const services = url.searchParams.get("service") ?? "";
  if (services.endsWith(",")) return 'parameter "service" must not contain trailing comma';
  const followRaw = url.searchParams.get("follow");
  const follow =
    followRaw === null || followRaw === "" ? false : ["1", "t", "true", "TRUE", "True"].includes(followRaw);
  if (followRaw && !follow && !["0", "f", "false", "FALSE", "False"].includes(followRaw)) {
    return `strconv.ParseBool: parsing "${followRaw}": invalid syntax`;
  }
  const tailRaw = url.searchParams.get("tail");
  const tail = tailRaw ? Number(tailRaw) : -1;
  if (!Number.isInteger(tail) || tail < -1) return 'parameter "tail" contains invalid value';
  return { follow, tail: tail > -1 ? tail : null, services: services ? services.split(",") : [] };
}

function keepAlive(ws: WebSocket): void {
  const timer = setInterval(() => ws.ping(), PING_MS);
  ws.on("close", () => clearInterval(timer));
}

/** The last `tail` lines of each pod (TailLines applies per pod stream), in the order written. */
export function tailPerPod(history: LogEntry[], tail: number | null): LogEntry[] {
  if (tail === null) return history;
  const left = new Map<string, number>();
  const keep: LogEntry[] = [];
  for (let i = history.length - 1; i >= 0; i--) {
    const l = history[i] as LogEntry;
    const n = left.get(l.name) ?? tail;
    if (n > 0) keep.push(l);
    left.set(l.name, n - 1);
  }
  return keep.reverse();
}

type Send = (text: string) => void;

function streamLogs(ws: WebSocket, send: Send, w: LeaseWorkload, p: StreamParams): void {
  const wanted = (service: string) => p.services.length === 0 || p.services.includes(service);
  // The provider streams the logs of the pods that exist when the stream opens, one stream per
  // pod: a pod a rollout replaced has no logs any more, and once all the followed pods are gone
  // the stream ends (the client opens a new one for the new pods).
  const followed = new Set(w.services.filter((s) => wanted(s.name)).flatMap((s) => s.pods));
  const start = tailPerPod(
    w.logs.filter((l) => wanted(l.service) && followed.has(l.name)),
    p.tail,
  );
  for (const l of start) send(JSON.stringify({ name: l.name, message: l.message }));
  if (!p.follow) return ws.close(1000);
  const off = w.onLog(
    (l) => followed.has(l.name) && send(JSON.stringify({ name: l.name, message: l.message })),
  );
  const offClose = w.onClose(() => ws.close(1000));
  const offGone = w.onPodsGone((gone) => {
    for (const pod of gone) followed.delete(pod);
    if (followed.size === 0) ws.close(1000);
  });
  ws.on("close", () => (off(), offClose(), offGone()));
}

function streamEvents(ws: WebSocket, send: Send, w: LeaseWorkload, p: StreamParams): void {
  const wanted = (service: string) => p.services.length === 0 || p.services.includes(service);
  const strip = ({ service: _service, ...event }: { service: string }) => JSON.stringify(event);
  for (const e of w.events.filter((e) => wanted(e.service))) send(strip(e));
  if (!p.follow) return ws.close(1000);
  const off = w.onEvent((e) => wanted(e.service) && send(strip(e)));
  const offClose = w.onClose(() => ws.close(1000));
  ws.on("close", () => (off(), offClose()));
}

/**
 * The stream's sender, which also watches it: under the "idle-drop" fault a stream that sent
 * nothing for idleMs is cut (no close frame; pings do not count, as for an idle timeout).
 */
function trackedSender(ws: WebSocket, ctx: GatewayContext, onCut: () => void): (text: string) => void {
  let last = Date.now();
  const timer = setInterval(() => {
    const fault = ctx.fault();
    if (fault?.kind !== "idle-drop" || Date.now() - last < fault.idleMs) return;
    onCut();
    ws.terminate();
  }, 100);
  ws.on("close", () => clearInterval(timer));
  return (text) => {
    last = Date.now();
    ws.send(text);
  };
}

export function createUpgradeHandler(ctx: GatewayContext) {
  const wss = new WebSocketServer({ noServer: true });
  // After an idle cut, streams of that lease are refused until this time (the fault's holdMs).
  const heldUntil = new Map<string, number>();
  return async function onUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? "/", "https://provider.invalid");
    const m = LEASE_PATH.exec(url.pathname);
    const action = m?.[4] ?? "";
    if (!m || !["logs", "kubeevents", "shell"].includes(action))
      return refuseUpgrade(socket, 404, "text/plain", "404 page not found\n");
    const auth = await ctx.authenticate(req);
    if (!auth.ok)
      return refuseUpgrade(
        socket,
        auth.failure.status,
        "application/json",
        JSON.stringify({ message: auth.failure.message }),
      );
    const lease = {
      owner: auth.claims.iss,
      dseq: Number(m[1]),
      gseq: Number(m[2]),
      oseq: Number(m[3]),
      provider: ctx.address,
    };
    const scope = LEASE_SCOPES[action];
    if (
      !authorizeForProvider(auth.claims, ctx.address) ||
      !authorizeForLease(auth.claims, lease) ||
      !scope ||
      !authorizeForLease(auth.claims, lease, scope)
    ) {
      return refuseUpgrade(
        socket,
        401,
        "application/json",
        JSON.stringify({ message: UNAUTHORIZED.message }),
      );
    }
    const params = streamParams(url);
    if (typeof params === "string")
      return refuseUpgrade(socket, 400, "text/plain; charset=utf-8", params + "\n");
    const key = leaseKey(lease.owner, lease.dseq, lease.gseq, lease.oseq);
    const workload = ctx.workload(key);
    const shell = action === "shell" ? shellParams(url) : null;
    if (typeof shell === "string") {
      ctx.log.debug("shell refused", { reason: shell });
      return refuseUpgrade(socket, 400, "text/plain", "");
    }
    if (shell && !workload) return refuseUpgrade(socket, 404, "text/plain", "");
    if (!shell && (heldUntil.get(key) ?? 0) > Date.now())
      return refuseUpgrade(socket, 503, "text/plain", "upstream connect error\n");
    wss.handleUpgrade(req, socket, head, (ws) => {
      keepAlive(ws);
      if (!workload || workload.isStopped()) return ws.close(LEASE_NOT_FOUND, "");
      if (shell) return runShell(ws, workload, shell);
      const send = trackedSender(ws, ctx, () => {
        const fault = ctx.fault();
        if (fault?.kind === "idle-drop" && fault.holdMs) heldUntil.set(key, Date.now() + fault.holdMs);
      });
      if (action === "logs") streamLogs(ws, send, workload, params);
      else streamEvents(ws, send, workload, params);
    });
  };
}
