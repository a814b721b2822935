// "Deposit paid from": shown only when the signer holds a usable deposit grant. Drawing on the
// grants first is the default (a teammate with no ACT of their own deploys on the lead's grant);
// the tenant can keep to their own wallet. Which granters pay is repeated in the review.
import { Field, Select } from "@/components/ui/field";
import { formatCoin, type DepositGrantUse } from "@/features/transactions";
import { shortAddr } from "../utils/describe";

export function DepositSource(props: {
  grants: DepositGrantUse[];
  useGrant: boolean;
  onChange(useGrant: boolean): void;
}) {
  const { grants } = props;
  if (grants.length === 0) return null;
  const from = grants.map((g) => `${shortAddr(g.granter)}, ${formatCoin(g.left)} left`).join("; ");
  return (
    <Field
      label="Deposit paid from"
      hint={
        props.useGrant
          ? "The chain spends the grant first and your wallet only for the rest; what the deployment does not spend goes back to the granter."
          : undefined
      }
    >
      <Select
        data-testid="deposit-source"
        value={props.useGrant ? "grant" : "balance"}
        onChange={(e) => props.onChange(e.target.value === "grant")}
      >
        <option value="grant">{`Deposit grant (${from}), then your wallet`}</option>
        <option value="balance">Your wallet only</option>
      </Select>
    </Field>
  );
}
