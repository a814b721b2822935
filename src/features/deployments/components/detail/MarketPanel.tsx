// Orders and bids of the deployment: which orders are open, which providers bid and where
// each bid stands. Issue 7 puts "accept bid" here.
import { Badge } from "@/components/ui/badge";
import { formatMicroRaw } from "@/lib/format";
import type { BidView, OrderView } from "@/features/market";
import { ProviderBadge, type ProviderView } from "@/features/providers";
import { Panel, QueryState } from "./Panel";

const BID_TONE: Record<string, "good" | "info" | "neutral"> = { active: "good", open: "info" };

export function MarketPanel(props: {
  orders: OrderView[] | undefined;
  bids: BidView[] | undefined;
  ordersState: { isPending: boolean; error: Error | null };
  bidsState: { isPending: boolean; error: Error | null };
  providers: ReadonlyMap<string, ProviderView>;
}) {
  const { orders, bids } = props;
  return (
    <Panel title="Orders and bids">
      <QueryState {...props.ordersState} what="the orders" />
      <QueryState {...props.bidsState} what="the bids" />
      {orders && orders.length === 0 && <p className="text-sm text-zinc-500">No orders.</p>}
      <ul className="grid gap-3">
        {orders?.map((o) => {
          const orderBids = bids?.filter((b) => b.gseq === o.gseq && b.oseq === o.oseq) ?? [];
          return (
            <li key={`${o.gseq}/${o.oseq}`} className="grid gap-1 text-sm">
              <p className="flex items-center gap-2">
                Order {o.gseq}/{o.oseq} <Badge>{o.state}</Badge>
                <span className="text-xs text-zinc-500">{orderBids.length} bids</span>
              </p>
              <ul className="grid gap-1 pl-3">
                {orderBids.map((b) => (
                  <li
                    key={`${b.provider}/${b.bseq}`}
                    className="flex flex-wrap items-center justify-between gap-2"
                  >
                    <ProviderBadge address={b.provider} provider={props.providers.get(b.provider)} />
                    <span className="flex items-center gap-2 text-xs">
                      {formatMicroRaw(Number(b.price.amount), b.price.denom)}/block
                      <Badge tone={BID_TONE[b.state] ?? "neutral"}>{b.state}</Badge>
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
