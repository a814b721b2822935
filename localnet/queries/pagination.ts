// Cosmos SDK pagination over a key-ordered list: key (base64 next_key) or offset, limit
// (default 100), count_total (only honoured with offset paging, as in query.Paginate), reverse.

import Long from "long";

export interface PageReq {
  key: Uint8Array;
  offset: Long;
  limit: Long;
  countTotal: boolean;
  reverse: boolean;
}

export interface PageRes {
  nextKey: Uint8Array;
  total: Long;
}

export const DEFAULT_LIMIT = 100;

export class PaginationError extends Error {}

export function paginate<T>(
  items: Array<{ key: string; value: T }>,
  req: PageReq | undefined,
): { page: T[]; pagination: PageRes } {
  const ordered = req?.reverse ? [...items].reverse() : items;
  const limit = req && !req.limit.isZero() ? req.limit.toNumber() : DEFAULT_LIMIT;
  const useKey = req !== undefined && req.key.length > 0;
  if (useKey && !req.offset.isZero()) throw new PaginationError("either offset or key is expected, got both");
  let start = 0;
  if (useKey) {
    const key = new TextDecoder().decode(req.key);
    start = ordered.findIndex((e) => (req.reverse ? e.key <= key : e.key >= key));
    if (start < 0) start = ordered.length;
  } else if (req) {
    start = req.offset.toNumber();
  }
  const slice = ordered.slice(start, start + limit);
  const next = ordered[start + limit];
  return {
    page: slice.map((e) => e.value),
    pagination: {
      nextKey: next ? new TextEncoder().encode(next.key) : new Uint8Array(),
      total: !useKey && req?.countTotal ? Long.fromNumber(ordered.length) : Long.ZERO,
    },
  };
}
