// "Authorize a wallet": a deposit grant (ACT for its deployments' deposits) and a fee allowance
// (AKT for its network fees, in total or per period), both until the same expiry. Validates as
// the chain would before anything is signed; the caller signs (an action in features/deploy).
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { parseAmount, type Coin } from "@/features/transactions";
import { akashAddressProblem } from "@/features/wallet";

export interface GrantFormValue {
  grantee: string;
  deposit: Coin | null;
  fee: { total: Coin; period: { seconds: number; limit: Coin } | null } | null;
  expiresAt: Date;
}

export interface GrantFormInitial {
  grantee?: string;
  depositAct?: string;
  feeAkt?: string;
  periodic?: boolean;
  days?: string;
}

const amountProblem = (text: string, unit: string) =>
  parseAmount(text) === null || BigInt(parseAmount(text) ?? "0") <= 0n
    ? `Type a positive amount in ${unit} (up to 6 decimals).`
    : null;

export function GrantForm(props: {
  self: string;
  initial?: GrantFormInitial;
  busy: boolean;
  onSubmit(value: GrantFormValue): void;
}) {
  const init = props.initial ?? {};
  const [grantee, setGrantee] = useState(init.grantee ?? "");
  const [withDeposit, setWithDeposit] = useState(init.depositAct !== "");
  const [depositAct, setDepositAct] = useState(init.depositAct || "100");
  const [withFee, setWithFee] = useState(init.feeAkt !== "");
  const [feeAkt, setFeeAkt] = useState(init.feeAkt || "5");
  const [periodic, setPeriodic] = useState(init.periodic ?? false);
  const [dailyAkt, setDailyAkt] = useState("0.5");
  const [days, setDays] = useState(init.days ?? "30");

  const granteeProblem =
    grantee.trim() === props.self ? "That is your own wallet." : akashAddressProblem(grantee.trim());
  const depositProblem = withDeposit ? amountProblem(depositAct, "ACT") : null;
  const feeProblem = withFee ? amountProblem(feeAkt, "AKT") : null;
  const dailyProblem = withFee && periodic ? amountProblem(dailyAkt, "AKT") : null;
  const daysNum = Number(days);
  const daysProblem =
    Number.isFinite(daysNum) && daysNum > 0 && daysNum <= 3650 ? null : "Between 1 and 3650 days.";
  const nothing = !withDeposit && !withFee ? "Grant deposits, fees or both." : null;
  const invalid = granteeProblem ?? depositProblem ?? feeProblem ?? dailyProblem ?? daysProblem ?? nothing;

  const submit = () => {
    if (invalid) return;
    const coin = (denom: string, text: string) => ({ denom, amount: parseAmount(text) ?? "0" });
    props.onSubmit({
      grantee: grantee.trim(),
      deposit: withDeposit ? coin("uact", depositAct) : null,
      fee: withFee
        ? {
            total: coin("uakt", feeAkt),
            period: periodic ? { seconds: 86_400, limit: coin("uakt", dailyAkt) } : null,
          }
        : null,
      expiresAt: new Date(Date.now() + daysNum * 86_400_000),
    });
  };

  return (
    <form
      className="grid gap-3 text-sm sm:grid-cols-2"
      onSubmit={(e) => (e.preventDefault(), submit())}
      aria-label="Authorize a wallet"
    >
      <div className="sm:col-span-2">
        <Field label="Wallet to authorize" error={grantee && granteeProblem}>
          <Input
            value={grantee}
            onChange={(e) => setGrantee(e.target.value)}
            placeholder="akash1…"
            spellCheck={false}
          />
        </Field>
      </div>
      <fieldset className="grid gap-2 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
        <label className="flex items-center gap-2 font-medium">
          <input type="checkbox" checked={withDeposit} onChange={(e) => setWithDeposit(e.target.checked)} />
          Deposits into deployments
        </label>
        <Field label="Up to (ACT)" error={depositProblem}>
          <Input
            inputMode="decimal"
            value={depositAct}
            disabled={!withDeposit}
            onChange={(e) => setDepositAct(e.target.value)}
          />
        </Field>
      </fieldset>
      <fieldset className="grid gap-2 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
        <label className="flex items-center gap-2 font-medium">
          <input type="checkbox" checked={withFee} onChange={(e) => setWithFee(e.target.checked)} />
          Network fees
        </label>
        <Field label="Up to (AKT) in total" error={feeProblem}>
          <Input
            inputMode="decimal"
            value={feeAkt}
            disabled={!withFee}
            onChange={(e) => setFeeAkt(e.target.value)}
          />
        </Field>
        <Field label="Limit per day">
          <Select
            value={periodic ? "daily" : "none"}
            disabled={!withFee}
            onChange={(e) => setPeriodic(e.target.value === "daily")}
          >
            <option value="none">No daily limit (basic allowance)</option>
            <option value="daily">A daily limit (periodic allowance)</option>
          </Select>
        </Field>
        {periodic && withFee && (
          <Field label="Per day (AKT)" error={dailyProblem}>
            <Input inputMode="decimal" value={dailyAkt} onChange={(e) => setDailyAkt(e.target.value)} />
          </Field>
        )}
      </fieldset>
      <Field label="Valid for (days)" error={daysProblem}>
        <Input inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />
      </Field>
      <div className="flex items-end">
        <Button type="submit" disabled={!!invalid || props.busy}>
          Grant
        </Button>
      </div>
      {nothing && <p className="text-xs text-zinc-500 sm:col-span-2">{nothing}</p>}
    </form>
  );
}
