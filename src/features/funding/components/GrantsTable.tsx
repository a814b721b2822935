// Grants and fee allowances, one row per counterparty: what the deposit grant still allows, what
// the fee allowance can still pay (total, this period), until when. Given grants can be edited
// and revoked; held ones are shown so a teammate knows what they can spend.
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatCoin } from "@/features/transactions";
import type { AuthzGrantView, FeeAllowanceView } from "../api/grant-json";
import type { CounterpartyRow } from "../utils/counterparties";
import { periodText } from "../messages/grants";
import { untilText } from "../utils/describe";

const expired = (iso: string | null) => !!iso && Date.parse(iso) < Date.now();

function DepositCell({ g }: { g: AuthzGrantView | null }) {
  if (!g) return <span className="text-zinc-500">—</span>;
  const left = g.limits.map(formatCoin).join(", ") || "nothing left";
  return (
    <span>
      <strong data-testid="deposit-left">{left}</strong> left for {g.scopes.join(", ") || "no scope"}{" "}
      deposits, {untilText(g.expiration)} {expired(g.expiration) && <Badge tone="bad">expired</Badge>}
    </span>
  );
}

function FeeCell({ a }: { a: FeeAllowanceView | null }) {
  if (!a) return <span className="text-zinc-500">—</span>;
  const total = a.spendLimit ? a.spendLimit.map(formatCoin).join(", ") : "no total limit";
  return (
    <span>
      <strong data-testid="fee-left">{total}</strong>
      {a.spendLimit ? " left" : ""}
      {a.period &&
        `, ${a.period.canSpend.map(formatCoin).join(", ") || "0 AKT"} of ${a.period.limit.map(formatCoin).join(", ")} this ${periodText(a.period.seconds)}`}
      {a.allowedMessages && ` (only ${a.allowedMessages.map((m) => m.split(".").pop()).join(", ")})`},{" "}
      {untilText(a.expiration)} {expired(a.expiration) && <Badge tone="bad">expired</Badge>}
    </span>
  );
}

export function GrantsTable(props: {
  side: "given" | "held";
  rows: CounterpartyRow[];
  /** label addresses this browser knows (its top-up keys) */
  labels?: Record<string, string>;
  busy?: boolean;
  onEdit?(row: CounterpartyRow): void;
  onRevoke?(row: CounterpartyRow): void;
}) {
  if (props.rows.length === 0)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {props.side === "given" ? "You have not authorized any wallet." : "No wallet has authorized you."}
      </p>
    );
  return (
    <ul className="divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
      {props.rows.map((r) => (
        <li
          key={r.address}
          className="grid gap-1 py-3"
          data-testid={`grant-row-${props.side}`}
          data-address={r.address}
        >
          <div className="flex flex-wrap items-center gap-2">
            <span className="break-all font-mono text-xs">{r.address}</span>
            {props.labels?.[r.address] && <Badge tone="info">{props.labels[r.address]}</Badge>}
            <span className="flex-1" />
            {props.onEdit && (
              <Button size="sm" variant="secondary" disabled={props.busy} onClick={() => props.onEdit?.(r)}>
                Edit
              </Button>
            )}
            {props.onRevoke && (r.deposit || r.fee) && (
              <Button size="sm" variant="danger" disabled={props.busy} onClick={() => props.onRevoke?.(r)}>
                Revoke
              </Button>
            )}
          </div>
          <p>
            <span className="text-zinc-500">Deposits: </span>
            <DepositCell g={r.deposit} />
          </p>
          <p>
            <span className="text-zinc-500">Fees: </span>
            <FeeCell a={r.fee} />
          </p>
          {r.others.length > 0 && (
            <p className="text-xs text-zinc-500">
              Also: {r.others.map((o) => o.type.split(".").pop()).join(", ")}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

export type { CounterpartyRow };
