// What a message says, reduced to the facts a receipt records and the chain check compares:
// owner, dseq, gseq, oseq, provider, the coins it moves and the deployment hash. One reader for
// both forms a message takes: the partial values the signing pipeline builds (camelCase,
// Uint8Array, Long or string numbers) and the proto JSON a decoded on-chain tx gives (snake_case,
// base64 bytes, int64 as strings). Unknown message types still give their type URL.
import type { Coin, MessageFacts } from "./receipt";

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === "object" && !Array.isArray(v);

function field(v: unknown, ...names: string[]): unknown {
  if (!isObj(v)) return undefined;
  for (const n of names) if (v[n] !== undefined && v[n] !== null) return v[n];
  return undefined;
}

/** string, number, bigint and Long all print their value; anything else is absent. */
function text(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (isObj(v) && "low" in v && "high" in v) return String(v as { toString(): string });
  return null;
}

function int(v: unknown): number | null {
  const t = text(v);
  return t !== null && /^\d+$/.test(t) ? Number(t) : null;
}

function coin(v: unknown): Coin | null {
  const denom = text(field(v, "denom"));
  const amount = text(field(v, "amount"));
  return denom !== null && amount !== null ? { denom, amount } : null;
}

function hex(v: unknown): string | null {
  let bytes: Uint8Array | null = null;
  if (v instanceof Uint8Array) bytes = v;
  else if (typeof v === "string" && v.length > 0) {
    try {
      bytes = Uint8Array.from(atob(v), (c) => c.charCodeAt(0));
    } catch {
      return null;
    }
  }
  return bytes ? Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("") : null;
}

function amountsOf(v: unknown): Coin[] {
  const deposit = coin(field(field(v, "deposit"), "amount"));
  if (deposit) return [deposit];
  const burn = coin(field(v, "coinsToBurn", "coins_to_burn"));
  if (burn) return [burn];
  const list = field(v, "amount");
  return Array.isArray(list) ? list.map(coin).filter((c): c is Coin => c !== null) : [];
}

/** The id a message acts on: a deployment, group, order, bid or lease id, or an escrow "owner/dseq" xid. */
function idOf(v: unknown): Obj {
  const id = field(v, "id", "bidId", "bid_id");
  if (!isObj(id)) return {};
  const xid = text(id.xid);
  if (xid === null) return id;
  const [owner = null, dseq = null] = xid.split("/");
  return { owner, dseq };
}

export function messageFacts(typeUrl: string, value: unknown): MessageFacts {
  const id = idOf(value);
  return {
    typeUrl,
    owner: text(id.owner) ?? text(field(value, "owner")),
    dseq: text(id.dseq),
    gseq: int(id.gseq),
    oseq: int(id.oseq),
    provider: text(id.provider),
    amounts: amountsOf(value),
    hash: hex(field(value, "hash")),
  };
}

/** Why two lists of facts differ, one sentence per difference; empty when they agree. */
export function factDifferences(
  recorded: readonly MessageFacts[],
  onChain: readonly MessageFacts[],
): string[] {
  if (recorded.length !== onChain.length)
    return [`the receipt records ${recorded.length} message(s), the chain has ${onChain.length}`];
  const out: string[] = [];
  recorded.forEach((r, i) => {
    const c = onChain[i]!;
    for (const key of Object.keys(r) as (keyof MessageFacts)[]) {
      const a = JSON.stringify(r[key]);
      const b = JSON.stringify(c[key]);
      if (a !== b) out.push(`message ${i + 1}: ${key} is ${a} in the receipt but ${b} on chain`);
    }
  });
  return out;
}
