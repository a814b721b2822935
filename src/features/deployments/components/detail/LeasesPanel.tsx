// Leases: which provider runs each group, at what price (per block, hour and month), in what
// state. Issue 7 adds lease status, logs and shell next to each lease.
import { Badge } from "@/components/ui/badge";
import { ProviderBadge, type ProviderView } from "@/features/providers";
import type { LeaseView } from "../../utils/types";
import { PerBlockPrice } from "../Price";
import { Panel, QueryState } from "./Panel";

export function LeasesPanel(props: {
  leases: LeaseView[] | undefined;
  isPending: boolean;
  error: Error | null;
  providers: ReadonlyMap<string, ProviderView>;
  blockTimeSec: number;
}) {
  const { leases } = props;
  return (
    <Panel title="Leases" testId="leases-panel">
      <QueryState isPending={props.isPending} error={props.error} what="the leases" />
      {leases && leases.length === 0 && (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No lease yet. Providers bid on the open orders; accepting a bid creates a lease.
        </p>
      )}
      {leases && leases.length > 0 && (
        <ul className="grid gap-3">
          {leases.map((l) => (
            <li
              key={`${l.gseq}/${l.oseq}/${l.provider}/${l.bseq}`}
              className="grid gap-1 border-b border-zinc-100 pb-3 text-sm last:border-0 last:pb-0 dark:border-zinc-800"
              data-testid="lease-item"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <ProviderBadge address={l.provider} provider={props.providers.get(l.provider)} />
                <Badge
                  tone={
                    l.state === "active"
                      ? "good"
                      : l.state === "insufficient_funds"
                        ? "bad"
                        : l.state === "reclaiming"
                          ? "warn"
                          : "neutral"
                  }
                >
                  {l.state}
                </Badge>
              </div>
              <span className="text-xs text-zinc-500">
                group {l.gseq} · order {l.oseq} · since block {l.createdHeight.toLocaleString("en-US")}
              </span>
              <PerBlockPrice price={l.price} blockTimeSec={props.blockTimeSec} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
