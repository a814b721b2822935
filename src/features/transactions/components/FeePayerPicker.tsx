// "Network fee paid by": the signer's wallet, or the granter of a fee allowance it holds that
// covers this fee and these messages (Fee.granter). Preselects an allowance when the wallet's AKT
// cannot pay the fee itself.
import { useEffect, useMemo } from "react";
import { Field, Select } from "@/components/ui/field";
import { usePayingAllowances, useSpendable } from "@/features/wallet";
import type { Fee, TxMessage } from "../types";
import { formatCoin } from "../utils/format-coin";

const short = (a: string) => `${a.slice(0, 12)}…${a.slice(-6)}`;

export function FeePayerPicker(props: {
  signer: string | null;
  fee: Fee;
  messages: TxMessage[];
  value: string | null;
  onChange(granter: string | null): void;
}) {
  const { signer, fee, messages, value, onChange } = props;
  const feeCoin = fee.amount[0] ?? { denom: "uakt", amount: "0" };
  const feeAmount = BigInt(feeCoin.amount);
  const types = useMemo(() => messages.map((m) => m.typeUrl), [messages]);
  const options = usePayingAllowances(signer, types, feeAmount);
  const spendable = useSpendable(signer);
  const walletShort = spendable.data ? BigInt(Math.floor(spendable.data.uakt)) < feeAmount : false;
  const first = options[0]?.granter ?? null;
  // Once the balance is known: a wallet that cannot pay defaults to the first allowance that can.
  useEffect(() => {
    if (value === null && walletShort && first) onChange(first);
  }, [value, walletShort, first, onChange]);
  if (options.length === 0) return null;
  return (
    <Field
      label="Network fee paid by"
      hint={
        value
          ? `The fee allowance ${value} gave you pays ${formatCoin(feeCoin)}; your wallet pays nothing.`
          : walletShort
            ? "Your wallet does not hold enough AKT for this fee."
            : undefined
      }
    >
      <Select
        data-testid="tx-fee-payer"
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">Your wallet</option>
        {options.map((o) => (
          <option key={o.granter} value={o.granter}>
            {`Fee allowance from ${short(o.granter)}${o.left === null ? "" : ` (${formatCoin({ denom: feeCoin.denom, amount: o.left.toString() })} left)`}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}
