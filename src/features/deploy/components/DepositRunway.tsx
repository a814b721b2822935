// The deposit field of the deploy dialog: the amount, how long it lasts at the SDL's maximum price
// (live, as it is typed), the runway it was computed for, and a warning before signing when it
// lasts under an hour: the deployment closes when its escrow runs out.
import { Field, Input } from "@/components/ui/field";
import { formatDuration, formatMicro, perBlockToPerHour } from "@/lib/format";
import type { useDepositRunway } from "../hooks/use-deposit-runway";
import { microToText } from "../utils/deposit";

export function DepositRunway({
  deposit,
  maxPerBlock,
  problem,
}: {
  deposit: ReturnType<typeof useDepositRunway>;
  maxPerBlock: number;
  problem: string | null;
}) {
  const { blockTime } = deposit;
  const perHour = perBlockToPerHour(maxPerBlock, blockTime.seconds);
  const lasts = Number.isFinite(deposit.runwaySec)
    ? `Lasts at least ${formatDuration(deposit.runwaySec)} at the maximum price of ${formatMicro(perHour, "uact")}/hour`
    : "The SDL's maximum price is zero: nothing is charged";
  const blocks = `${maxPerBlock.toLocaleString("en-US")} uact a block; a block every ${blockTime.seconds.toFixed(2)} s${blockTime.measured ? ", measured" : ""}`;
  return (
    <div className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_9rem]">
      <Field
        label="Deposit (ACT)"
        hint={
          <span data-testid="deposit-runway">
            {lasts} ({blocks}). What providers do not earn comes back when you close it.
          </span>
        }
        error={problem}
      >
        <Input inputMode="decimal" value={deposit.text} onChange={(e) => deposit.setText(e.target.value)} />
      </Field>
      <Field label="Runway (hours)" hint="Sets the deposit. Default in Settings.">
        <Input
          type="number"
          min={1}
          step="any"
          inputMode="decimal"
          value={deposit.hoursText}
          onChange={(e) => deposit.setHours(e.target.value)}
        />
      </Field>
      {deposit.short && !problem && (
        <p
          role="alert"
          data-testid="deposit-short-runway"
          className="rounded-lg border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 sm:col-span-2 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200"
        >
          Under an hour: at the maximum price this deposit lasts {formatDuration(deposit.runwaySec)}, and the
          deployment closes when its escrow runs out. {microToText(deposit.hourMicro)} ACT covers an hour.
        </p>
      )}
    </div>
  );
}
