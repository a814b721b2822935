// The escrow account as the chain stores it: funds as of the last settlement, what has been
// transferred to providers, and each deposit with where it came from (balance or grant).
import { Badge } from "@/components/ui/badge";
import { formatMicro } from "@/lib/format";
import type { Amount, EscrowView } from "../../utils/types";
import { Dl, Dt, Panel } from "./Panel";

const amounts = (list: Amount[]) => list.map((a) => formatMicro(a.amount, a.denom)).join(", ") || "0";

export function EscrowPanel({ escrow }: { escrow: EscrowView | null }) {
  return (
    <Panel title="Escrow account">
      {!escrow ? (
        <p className="text-sm text-zinc-500">The chain returned no escrow account for this deployment.</p>
      ) : (
        <div className="grid gap-3">
          <Dl>
            <Dt label="State">
              <Badge
                tone={escrow.state === "open" ? "good" : escrow.state === "overdrawn" ? "bad" : "neutral"}
              >
                {escrow.state}
              </Badge>
            </Dt>
            <Dt label="Funds">
              {amounts(escrow.funds)}{" "}
              <span className="text-xs text-zinc-500">
                as of block {escrow.settledAt.toLocaleString("en-US")}
              </span>
            </Dt>
            <Dt label="Transferred">{amounts(escrow.transferred)}</Dt>
          </Dl>
          <p className="text-xs text-zinc-500" data-testid="escrow-take-rate">
            Each lease is paid its full price per block from these funds: the provider receives all of it
            (Akash has charged no take rate since the chain&apos;s v2.0 upgrade removed it). The chain settles
            lazily: the funds above are as of the last settlement, when a lease opened or closed or the
            provider withdrew.
          </p>
          <div>
            <h3 className="mb-1 text-sm font-medium">Deposits</h3>
            <ul className="grid gap-1 text-sm">
              {escrow.deposits.map((d, i) => (
                <li key={`${d.owner}/${d.height}/${i}`} className="flex flex-wrap justify-between gap-x-3">
                  <span>{d.balance ? formatMicro(d.balance.amount, d.balance.denom) : "—"}</span>
                  <span className="text-xs text-zinc-500">
                    from {d.source === "grant" ? "a grant of " : "the balance of "}
                    <span className="font-mono break-all">{d.owner}</span> at block{" "}
                    {d.height.toLocaleString("en-US")}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </Panel>
  );
}
