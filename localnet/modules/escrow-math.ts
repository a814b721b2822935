// Escrow settlement arithmetic (node x/escrow/keeper accountSettleFullBlocks / deductFromBalance)
// on plain scaled-decimal bigints, so it can be unit-tested without a store.

export type EscrowStateName = "open" | "closed" | "overdrawn";

export interface DepositorBal {
  owner: string;
  /** LegacyDec scaled by 10^18 */
  balance: bigint;
}

export interface AccountBal {
  funds: bigint;
  transferred: bigint;
  deposits: DepositorBal[];
}

export interface PaymentBal {
  state: EscrowStateName;
  rate: bigint;
  balance: bigint;
  unsettled: bigint;
}

/** Takes `amount` from the depositors in order; returns what was taken and whether it fell short. */
export function deductFromBalance(acc: AccountBal, amount: bigint): { withdrew: bigint; overdrawn: boolean } {
  let remaining = amount;
  let withdrew = 0n;
  let emptied = 0;
  for (const d of acc.deposits) {
    const take = d.balance < remaining ? d.balance : remaining;
    d.balance -= take;
    if (d.balance === 0n) emptied++;
    remaining -= take;
    withdrew += take;
    acc.transferred += take;
    if (remaining === 0n) break;
  }
  if (emptied > 0) acc.deposits = acc.deposits.slice(emptied);
  acc.funds -= withdrew;
  if (remaining === 0n) return { withdrew, overdrawn: false };
  // the account goes negative by what could not be paid, as the node records it
  acc.funds -= remaining;
  return { withdrew, overdrawn: true };
}

/**
 * Charges every payment rate × heightDelta (truncated to whole units of the smallest denom, like
 * LegacyDec.TruncateDec) and moves it to the payment balance. Returns true if the account ran dry.
 */
export function settleFullBlocks(acc: AccountBal, payments: PaymentBal[], heightDelta: bigint): boolean {
  const SCALE = 10n ** 18n;
  const transfers = payments.map((p) => {
    if (p.state === "overdrawn") {
      const t = p.unsettled;
      p.unsettled = 0n;
      return t;
    }
    return ((p.rate * heightDelta) / SCALE) * SCALE;
  });
  let overdrawn = false;
  payments.forEach((p, i) => {
    const owed = transfers[i] ?? 0n;
    const { withdrew, overdrawn: od } = deductFromBalance(acc, owed);
    if (withdrew > 0n) p.balance += withdrew;
    if (od) {
      overdrawn = true;
      p.state = "overdrawn";
      p.unsettled += owed - withdrew;
    } else {
      p.state = "open";
    }
  });
  return overdrawn;
}
