// A price as the console shows it everywhere: the amount in ACT (or AKT), its USD value when it
// has one, and a tooltip with the other time units.
import {
  denomUnit,
  formatMicro,
  formatMicroRaw,
  formatNumber,
  formatUsdForMicro,
  microToUnit,
  perBlockToPerHour,
  perBlockToPerMonth,
} from "@/lib/format";
import type { Amount } from "../utils/types";

export function MonthlyPrice({ monthly, className }: { monthly: Amount | null; className?: string }) {
  if (!monthly) return <span className="text-zinc-500">—</span>;
  const usd = formatUsdForMicro(monthly.amount, monthly.denom);
  return (
    <span className={className}>
      {usd ?? formatMicro(monthly.amount, monthly.denom)}
      <span className="text-zinc-500">/mo</span>
    </span>
  );
}

/** A per-block price with its per-hour and per-month equivalents at the network's block time. */
export function PerBlockPrice({ price, blockTimeSec }: { price: Amount; blockTimeSec: number }) {
  const hour = perBlockToPerHour(price.amount, blockTimeSec);
  const month = perBlockToPerMonth(price.amount, blockTimeSec);
  const usdMonth = formatUsdForMicro(month, price.denom);
  return (
    <span className="inline-flex flex-col">
      <span>
        {formatMicro(month, price.denom)}/month
        {usdMonth && <span className="text-zinc-500"> ({usdMonth})</span>}
      </span>
      <span className="text-xs text-zinc-500">
        {formatMicro(hour, price.denom)}/hour ·{" "}
        {price.amount.toLocaleString("en-US", { maximumFractionDigits: 6 })} {price.denom}/block
      </span>
    </span>
  );
}

/** An escrow balance: four decimals, so the balance visibly follows the blocks. */
export function Balance({ amount }: { amount: Amount | null }) {
  if (!amount) return <span className="text-zinc-500">—</span>;
  const known = denomUnit(amount.denom) !== amount.denom;
  return (
    <span>
      {known
        ? `${formatNumber(microToUnit(amount.amount), 4)} ${denomUnit(amount.denom)}`
        : formatMicroRaw(amount.amount, amount.denom)}
    </span>
  );
}
