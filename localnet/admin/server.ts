// The loopback-only admin endpoint for tests: read and change injected faults, forward faults to
// the simulated providers, make a provider start reclaiming one of its leases or change the
// reclamation window its new bids offer, set the minimum
// client version discovery reports (as an operator would after an upgrade), report health.

import type { IncomingMessage, ServerResponse } from "node:http";
import type { Chain } from "../chain/app.ts";
import { makeServer, readBody, sendJson } from "../http.ts";
import type { ProviderFault, RunningProviders } from "../providers/contract.ts";
import type { NodeIdentity } from "../rpc/format.ts";
import { applyPatch, noFaults, type FaultState } from "./faults.ts";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);
const FAULT_KINDS = new Set(["offline", "slow", "reject-manifests", "stop-bidding", "idle-drop"]);
const ms = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 3_600_000;

export interface AdminDeps {
  chain: Chain;
  faults: FaultState;
  /** the node's identity, shared with RPC and REST: discovery reads minClientVersion from it */
  identity?: NodeIdentity;
  providers: () => RunningProviders | null;
  /** produces blocks at once (for tests that need exact heights); resolves to the new height */
  produceBlocks: (count: number) => Promise<number>;
}

/** `{"seconds": N}` (a whole number of seconds, 1 .. 10 years) or `{"seconds": null}` for none. */
function parseWindow(v: unknown): number | null {
  const seconds = (v as { seconds?: unknown } | null)?.seconds;
  if (seconds === null) return null;
  if (typeof seconds !== "number" || !Number.isSafeInteger(seconds) || seconds < 1 || seconds > 315_360_000)
    throw new Error('expected {"seconds": N} with N whole seconds from 1 to 315360000, or {"seconds": null}');
  return seconds;
}

function parseProviderFault(v: unknown): ProviderFault | null {
  if (v === null) return null;
  if (typeof v !== "object" || !FAULT_KINDS.has(String((v as { kind?: unknown }).kind)))
    throw new Error("expected a ProviderFault object or null");
  const f = v as ProviderFault;
  if (f.kind === "slow" && (typeof f.delayMs !== "number" || f.delayMs < 0))
    throw new Error("slow fault needs delayMs >= 0");
  if (
    f.kind === "idle-drop" &&
    (!ms(f.idleMs) || f.idleMs < 100 || (f.holdMs !== undefined && !ms(f.holdMs)))
  )
    throw new Error("idle-drop fault needs idleMs from 100 to 3600000 (and holdMs, if any, up to 3600000)");
  return f;
}

interface ReclaimRequest {
  owner: string;
  dseq: string;
  gseq: number;
  oseq: number;
  reason?: string | number;
}

function parseReclaim(v: unknown): ReclaimRequest {
  const o = (v ?? {}) as Record<string, unknown>;
  const dseq = typeof o.dseq === "number" ? String(o.dseq) : o.dseq;
  if (typeof o.owner !== "string" || typeof dseq !== "string" || !/^\d+$/.test(dseq))
    throw new Error('expected {"owner", "dseq", "gseq", "oseq", "reason"?}');
  const reason = o.reason;
  if (reason !== undefined && typeof reason !== "string" && typeof reason !== "number")
    throw new Error("reason must be a LeaseClosedReason name or number");
  return { owner: o.owner, dseq, gseq: Number(o.gseq ?? 1), oseq: Number(o.oseq ?? 1), reason };
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  return text.trim() === "" ? {} : (JSON.parse(text) as unknown);
}

export function createAdminServer(deps: AdminDeps) {
  return makeServer(async (req: IncomingMessage, res: ServerResponse) => {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? ""))
      return sendJson(res, 403, { error: "loopback only" }, false);
    const path = new URL(req.url ?? "/", "http://localhost").pathname.replace(/\/+$/, "");
    try {
      if (req.method === "GET" && path === "/health") {
        return sendJson(
          res,
          200,
          { ok: true, height: deps.chain.height, mempool: deps.chain.mempoolSize },
          false,
        );
      }
      if (req.method === "GET" && path === "/faults") return sendJson(res, 200, deps.faults.current, false);
      if (req.method === "POST" && path === "/blocks") {
        const count = Number(((await jsonBody(req)) as { count?: unknown }).count ?? 1);
        if (!Number.isInteger(count) || count < 1 || count > 10_000)
          throw new Error("count must be an integer from 1 to 10000");
        return sendJson(res, 200, { height: await deps.produceBlocks(count) }, false);
      }
      if (req.method === "POST" && path === "/discovery" && deps.identity) {
        const v = ((await jsonBody(req)) as { minClientVersion?: unknown }).minClientVersion;
        if (typeof v !== "string" || (v !== "" && !/^v?\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/.test(v)))
          throw new Error('expected {"minClientVersion": "<semver>" or ""}');
        deps.identity.minClientVersion = v;
        return sendJson(res, 200, { minClientVersion: v }, false);
      }
      if (req.method === "GET" && path === "/providers")
        return sendJson(res, 200, { providers: deps.providers()?.providers ?? [] }, false);
      if (req.method === "POST" && path === "/faults/reset") {
        deps.faults.set(noFaults());
        return sendJson(res, 200, deps.faults.current, false);
      }
      if (req.method === "POST" && path === "/faults") {
        deps.faults.set(applyPatch(deps.faults.current, await jsonBody(req)));
        return sendJson(res, 200, deps.faults.current, false);
      }
      const m = /^\/providers\/([^/]+)\/(fault|reclaim|reclamation-window)$/.exec(path);
      if (req.method === "POST" && m) {
        const running = deps.providers();
        if (!running) return sendJson(res, 404, { error: "no providers are running" }, false);
        const name = decodeURIComponent(m[1] ?? "");
        const known = running.providers.some((p) => p.name === name || p.address === name);
        if (!known) return sendJson(res, 404, { error: `unknown provider ${name}` }, false);
        if (m[2] === "fault") {
          running.setFault(name, parseProviderFault(await jsonBody(req)));
          return sendJson(res, 200, { ok: true }, false);
        }
        if (m[2] === "reclamation-window") {
          const seconds = parseWindow(await jsonBody(req));
          running.setReclamationWindow(name, seconds);
          return sendJson(res, 200, { ok: true, reclamationWindowSec: seconds }, false);
        }
        const r = parseReclaim(await jsonBody(req));
        try {
          const tx = await running.startReclaim(name, r, r.reason);
          return sendJson(res, 200, { ok: true, ...tx }, false);
        } catch (e) {
          // The chain refused it (no window on the lease, not active, already reclaiming, …).
          return sendJson(res, 409, { error: (e as Error).message }, false);
        }
      }
      return sendJson(res, 404, { error: `no route ${req.method ?? ""} ${path}` }, false);
    } catch (e) {
      return sendJson(res, 400, { error: (e as Error).message }, false);
    }
  });
}
