// sdk.Coins arithmetic as cosmos-sdk types/coin.go does it, for the allowances and authorizations
// that hold coin lists: sorted by denom, zero entries dropped by Add/SafeSub, IsValid = sorted,
// unique, valid denoms, positive amounts.

export interface Coin {
  denom: string;
  amount: bigint;
}

const DENOM = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;

export const isValidDenom = (d: string): boolean => DENOM.test(d);

/** Coins.IsValid: strictly sorted by denom, valid denoms, every amount positive (empty is valid). */
export function coinsValid(coins: readonly Coin[]): boolean {
  for (let i = 0; i < coins.length; i++) {
    const c = coins[i] as Coin;
    if (!isValidDenom(c.denom) || c.amount <= 0n) return false;
    const prev = coins[i - 1];
    if (prev && prev.denom >= c.denom) return false;
  }
  return true;
}

function combine(a: readonly Coin[], b: readonly Coin[], sign: 1n | -1n): Coin[] {
  const sum = new Map<string, bigint>();
  for (const c of a) sum.set(c.denom, (sum.get(c.denom) ?? 0n) + c.amount);
  for (const c of b) sum.set(c.denom, (sum.get(c.denom) ?? 0n) + sign * c.amount);
  return [...sum]
    .filter(([, v]) => v !== 0n)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([denom, amount]) => ({ denom, amount }));
}

/** Coins.Add: per-denom sums, zero results dropped, sorted. */
export const addCoins = (a: readonly Coin[], b: readonly Coin[]): Coin[] => combine(a, b, 1n);

/** Coins.SafeSub: the difference and whether any denom went negative. */
export function safeSubCoins(a: readonly Coin[], b: readonly Coin[]): { left: Coin[]; negative: boolean } {
  const left = combine(a, b, -1n);
  return { left, negative: left.some((c) => c.amount < 0n) };
}

export const amountOf = (coins: readonly Coin[], denom: string): bigint =>
  coins.find((c) => c.denom === denom)?.amount ?? 0n;

/** sdk.Coins.String(): "5uakt,3uact" in list order. */
export const coinsString = (coins: readonly Coin[]): string =>
  coins.map((c) => `${c.amount}${c.denom}`).join(",");

export const fromProtoCoins = (coins: readonly { denom: string; amount: string }[]): Coin[] =>
  coins.map((c) => ({ denom: c.denom, amount: BigInt(c.amount || "0") }));

export const toProtoCoins = (coins: readonly Coin[]): { denom: string; amount: string }[] =>
  coins.map((c) => ({ denom: c.denom, amount: c.amount.toString() }));
