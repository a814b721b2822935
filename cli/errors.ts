// Exit codes of `akash-console` (documented in docs/cli.md). A script can tell "fix your input"
// from "the chain said no" from "try again later" without parsing messages.
export const EXIT = {
  OK: 0,
  /** anything unexpected (a bug, an unreadable answer) */
  ERROR: 1,
  /** bad command line, missing environment, unreadable file */
  USAGE: 2,
  /** the SDL has errors (the console's SDL checker) */
  INVALID_SDL: 3,
  /** the chain refused or failed the transaction (or it could not be confirmed) */
  TX_FAILED: 4,
  /** another mutation on this account holds the lock */
  LOCKED: 5,
  /** waited for bids, readiness or a lease and it did not come */
  TIMEOUT: 6,
  /** the provider (through the proxy) refused or failed */
  PROVIDER: 7,
  /** the receipts file is not a valid receipts chain: nothing was signed */
  RECEIPTS: 8,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = "CliError";
  }
}
