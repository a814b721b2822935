// Where a deposit's ACT comes from: akash.base.deposit.v1 `sources`, tried in order by the chain
// (x/escrow AuthorizeDeposits). `grant` draws on the DepositAuthorization grants the signer holds
// (the granter is recorded as depositor and gets the unspent part back on close); `balance` on the
// signer's own ACT. The review names every granter the deposit may draw on.
import type { Coin } from "../types";
import { formatCoin } from "../utils/format-coin";

/** akash.base.deposit.v1.Source */
export const SOURCE_BALANCE = 1;
export const SOURCE_GRANT = 2;

export interface DepositGrantUse {
  granter: string;
  /** what the grant still allows in the deposit's denom */
  left: Coin;
}

export interface DepositFunding {
  sources: number[];
  /** the deposit grants the signer holds, in the order the chain spends them */
  grants: DepositGrantUse[];
}

export const BALANCE_ONLY: DepositFunding = { sources: [SOURCE_BALANCE], grants: [] };

/** The part of `amount` the signer's own wallet pays, if the grants give what they can first. */
export function fromWallet(amount: Coin, funding: DepositFunding): Coin {
  if (funding.sources[0] !== SOURCE_GRANT) return amount;
  const granted = funding.grants
    .filter((g) => g.left.denom === amount.denom)
    .reduce((sum, g) => sum + BigInt(g.left.amount), 0n);
  const own = BigInt(amount.amount) - granted;
  return { denom: amount.denom, amount: (own > 0n ? own : 0n).toString() };
}

/** One sentence for the review: who pays the deposit. */
export function fundingSentence(amount: Coin, funding: DepositFunding): string {
  const useGrant = funding.sources.includes(SOURCE_GRANT) && funding.grants.length > 0;
  if (!useGrant) return "Paid from your wallet.";
  const who = funding.grants.map((g) => `${g.granter} (${formatCoin(g.left)} left)`).join(", ");
  const balanceToo = funding.sources.includes(SOURCE_BALANCE);
  const own = fromWallet(amount, funding);
  return balanceToo
    ? `Drawn first from the deposit grant of ${who}, then ${BigInt(own.amount) > 0n ? `${formatCoin(own)}` : "nothing"} from your wallet. Unspent funds go back to the granter when the deployment closes.`
    : `Drawn only from the deposit grant of ${who}; nothing from your wallet. Unspent funds go back to the granter when the deployment closes.`;
}
