// CometBFT event query language subset (used by tx_search and subscribe): conditions joined by
// AND, each `key op value` with =, <, <=, >, >=, CONTAINS or EXISTS, keys "type.attribute" or
// the reserved tx.hash / tx.height / tm.event.

import type { TxEvent } from "../chain/context.ts";

export interface Condition {
  key: string;
  op: "=" | "<" | "<=" | ">" | ">=" | "CONTAINS" | "EXISTS";
  value: string;
}

const COND = /^\s*([\w.\-/]+)\s*(<=|>=|=|<|>|CONTAINS|EXISTS)\s*(?:'([^']*)'|(\d+(?:\.\d+)?))?\s*$/;

export function parseQuery(q: string): Condition[] {
  const parts = q.split(/\s+AND\s+/i).filter((p) => p.trim() !== "");
  if (parts.length === 0) throw new Error("empty query");
  return parts.map((p) => {
    const m = COND.exec(p);
    if (!m) throw new Error(`invalid query condition: ${p}`);
    const op = m[2] as Condition["op"];
    const value = m[3] ?? m[4];
    if (op !== "EXISTS" && value === undefined) throw new Error(`missing value in condition: ${p}`);
    return { key: m[1] as string, op, value: value ?? "" };
  });
}

function compare(actual: string, c: Condition): boolean {
  switch (c.op) {
    case "=":
      return actual === c.value;
    case "CONTAINS":
      return actual.includes(c.value);
    case "EXISTS":
      return true;
    default: {
      const a = Number(actual);
      const b = Number(c.value);
      if (Number.isNaN(a) || Number.isNaN(b)) return false;
      return c.op === "<" ? a < b : c.op === "<=" ? a <= b : c.op === ">" ? a > b : a >= b;
    }
  }
}

/** Attribute values per "type.key" for matching; reserved keys are supplied by the caller. */
export function indexEvents(events: TxEvent[], reserved: Record<string, string>): Map<string, string[]> {
  const idx = new Map<string, string[]>();
  const add = (k: string, v: string) => {
    const arr = idx.get(k);
    if (arr) arr.push(v);
    else idx.set(k, [v]);
  };
  for (const [k, v] of Object.entries(reserved)) add(k, v);
  for (const e of events) for (const a of e.attributes) add(`${e.type}.${a.key}`, a.value);
  return idx;
}

export function matches(conds: Condition[], idx: Map<string, string[]>): boolean {
  return conds.every((c) => (idx.get(c.key) ?? []).some((v) => compare(v, c)));
}
