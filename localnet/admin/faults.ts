// Injected faults for tests: latency and error rate on RPC and REST, paused block production,
// dropped websocket connections, an unreachable WalletConnect relay. Shared by the servers; changed through the admin endpoint.

import { sleep } from "../http.ts";

export interface EndpointFault {
  latencyMs: number;
  errorRate: number;
}

export interface Faults {
  rpc: EndpointFault;
  rest: EndpointFault;
  blocks: { paused: boolean };
  websocket: { drop: boolean };
  /** the WalletConnect relay drops every socket and refuses new ones */
  relay: { down: boolean };
}

export function noFaults(): Faults {
  return {
    rpc: { latencyMs: 0, errorRate: 0 },
    rest: { latencyMs: 0, errorRate: 0 },
    blocks: { paused: false },
    websocket: { drop: false },
    relay: { down: false },
  };
}

export type FaultPatch = { [K in keyof Faults]?: Partial<Faults[K]> };

const num = (v: unknown, min: number, max: number): number => {
  if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max)
    throw new Error(`expected a number in [${min}, ${max}]`);
  return v;
};

/** Applies a partial update, validating every field; throws on anything unknown or out of range. */
export function applyPatch(current: Faults, patch: unknown): Faults {
  if (typeof patch !== "object" || patch === null) throw new Error("body must be a JSON object");
  const next: Faults = structuredClone(current);
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
    if (typeof v !== "object" || v === null) throw new Error(`${k} must be an object`);
    const o = v as Record<string, unknown>;
    if (k === "rpc" || k === "rest") {
      if ("latencyMs" in o) next[k].latencyMs = num(o.latencyMs, 0, 600_000);
      if ("errorRate" in o) next[k].errorRate = num(o.errorRate, 0, 1);
    } else if (k === "blocks") {
      if (typeof o.paused !== "boolean") throw new Error("blocks.paused must be a boolean");
      next.blocks.paused = o.paused;
    } else if (k === "websocket") {
      if (typeof o.drop !== "boolean") throw new Error("websocket.drop must be a boolean");
      next.websocket.drop = o.drop;
    } else if (k === "relay") {
      if (typeof o.down !== "boolean") throw new Error("relay.down must be a boolean");
      next.relay.down = o.down;
    } else {
      throw new Error(`unknown fault ${k}`);
    }
  }
  return next;
}

export class FaultState {
  current: Faults = noFaults();
  private readonly listeners: Array<(f: Faults) => void> = [];

  onChange(fn: (f: Faults) => void): void {
    this.listeners.push(fn);
  }

  set(f: Faults): void {
    this.current = f;
    for (const l of this.listeners) l(f);
  }

  /** Delays, then returns true if this request should fail. */
  async inject(kind: "rpc" | "rest", random: () => number = Math.random): Promise<boolean> {
    const f = this.current[kind];
    if (f.latencyMs > 0) await sleep(f.latencyMs);
    return f.errorRate > 0 && random() < f.errorRate;
  }
}
