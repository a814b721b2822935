// zod/mini building blocks for the Cosmos gRPC-gateway JSON the console reads: snake_case keys,
// 64-bit numbers as strings, enums as lower-case names, DecCoin amounts as decimal strings.
// Gateways differ on zero values (some omit them, some emit null), so lists and strings default.
import * as z from "zod/mini";

/** An array that may be missing or null on the wire; always an array after parsing. */
export function list<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.nullish(z.array(item)),
    z.transform((v): z.output<T>[] => v ?? []),
  );
}

/** A string that may be missing or null on the wire ("" after parsing). */
export const str = z.pipe(
  z.nullish(z.string()),
  z.transform((v) => v ?? ""),
);

/** A uint64 as the gateway writes it ("123"), or a number from lenient gateways. */
export const u64 = z.pipe(
  z.union([z.string().check(z.regex(/^\d+$/)), z.number().check(z.int(), z.nonnegative())]),
  z.transform((v) => String(v)),
);

export const coin = z.object({ denom: z.string(), amount: z.string().check(z.regex(/^-?\d+(\.\d+)?$/)) });
export type RawCoin = z.output<typeof coin>;

export const attribute = z.object({ key: z.string(), value: str });
export type RawAttribute = z.output<typeof attribute>;

/**
 * akash.market.v1 BidID. A LeaseID has the same fields: a lease is the bid its owner accepted.
 * Declared once: the chain reads, the bids table and the lease messages all use this shape.
 */
export const bidId = z.object({
  owner: z.string(),
  dseq: u64,
  gseq: z.number(),
  oseq: z.number(),
  provider: z.string(),
  bseq: z.number(),
});
export type BidId = z.output<typeof bidId>;
export type LeaseId = BidId;

/** Just the id fields of a bid or lease view, for a message that must carry nothing else. */
export function bidIdOf({ owner, dseq, gseq, oseq, provider, bseq }: BidId): BidId {
  return { owner, dseq, gseq, oseq, provider, bseq };
}

export const pageResponse = z.pipe(
  z.nullish(z.object({ next_key: z.nullish(z.string()), total: z.nullish(z.string()) })),
  z.transform((p) => ({ nextKey: p?.next_key ? p.next_key : null })),
);

/** Parses a gateway body, turning a shape mismatch into one sentence naming the endpoint. */
export function parseChainJson<T extends z.ZodMiniType>(schema: T, body: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
  throw new Error(
    `The REST endpoint sent ${what} in an unexpected shape${where}: ${issue?.message ?? "invalid"}.`,
  );
}

const DIGITS = /^\d+$/;

/**
 * A ResourceValue `val`: the gateway writes the math.Int as a decimal string ("1000"); gateways
 * that serialise the raw bytes send base64 of the same ASCII digits ("MTAwMA==").
 */
export function parseResourceValue(val: string | null | undefined): number {
  if (!val) return 0;
  if (DIGITS.test(val)) return Number(val);
  let decoded = "";
  try {
    decoded = atob(val);
  } catch {
    decoded = "";
  }
  if (DIGITS.test(decoded)) return Number(decoded);
  throw new Error(`"${val}" is not a resource quantity.`);
}
