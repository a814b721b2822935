// Failures the chain ports report by kind, so the pipeline names the outcome truly. Recognised by
// name (not instanceof): the ports live in a lazily loaded chunk, and tests throw their own.

/** No node accepted the broadcast (every try was answered 503 or 429): nothing was sent. */
export class NotBroadcastError extends Error {
  override name = "NotBroadcastError";
}

/** The chain could not be read to prepare a signature (account, chain id): the wallet was never asked. */
export class PrepareSignError extends Error {
  override name = "PrepareSignError";
}

const named = (err: unknown, name: string) => err instanceof Error && err.name === name;

export const isNotBroadcast = (err: unknown) => named(err, "NotBroadcastError");
export const isPrepareSignError = (err: unknown) => named(err, "PrepareSignError");
