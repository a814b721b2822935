// Live bids on a new deployment: who bids (linked, audited by whom, online now), which GPU each
// runs on, price per month, hour and GPU-hour among the others; filters and three orders; and,
// when nothing comes, the likely reason.
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { useBlockTime } from "@/features/network";
import { useAuditorNames, useProviders, useProviderStatuses } from "@/features/providers";
import { blocksIn, unitToMicro } from "@/lib/format";
import { useLiveBids } from "../hooks/use-live-bids";
import {
  allocatedModels,
  NO_FILTERS,
  priceContext,
  selectBids,
  unstatedGpuBids,
  type BidFilters,
  type BidRow,
  type BidSort,
} from "../utils/bid-view";
import { noBidReasons } from "../utils/no-bid-reasons";
import type { GroupRequirements } from "../utils/screening";
import { uptimeRank } from "../utils/uptime";
import { BidCard } from "./BidCard";
import { BidsToolbar } from "./BidsToolbar";

/** After this many blocks without a bid, explain why none is likely to come. */
const PATIENCE_BLOCKS = 5;

function NoBids({ waited, groups }: { waited: number; groups: GroupRequirements[] }) {
  const { providers } = useProviders();
  return (
    <div className="space-y-2 text-sm" role="status">
      <p>Waiting for providers to bid… ({waited > 0 ? `${waited} blocks so far` : "just created"})</p>
      {waited >= PATIENCE_BLOCKS && (
        <ul
          className="list-disc space-y-1 pl-5 text-amber-800 dark:text-amber-300"
          data-testid="no-bid-reasons"
        >
          {noBidReasons(groups, providers).map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function BidsPanel(props: {
  owner: string;
  dseq: string;
  createdHeight: number;
  groups: GroupRequirements[];
  onAccept(row: BidRow): void;
  busy: boolean;
  /** providers whose bids are hidden (one reclaiming the deployment this one replaces) */
  excludeProviders?: readonly string[];
}) {
  const blockTimeSec = useBlockTime().seconds;
  const { byAddress } = useProviders();
  const nameOf = useAuditorNames();
  const liveBids = useLiveBids(props.owner, props.dseq, true, props.groups);
  const { height, live, isPending, error } = liveBids;
  const excluded = props.excludeProviders;
  const rows = useMemo(
    () =>
      excluded?.length ? liveBids.rows.filter((r) => !excluded.includes(r.bid.provider)) : liveBids.rows,
    [liveBids.rows, excluded],
  );
  const excludedCount = liveBids.rows.length - rows.length;
  const [filters, setFilters] = useState<BidFilters>(NO_FILTERS);
  const [sort, setSort] = useState<BidSort>("price");
  const [maxHour, setMaxHour] = useState("");
  const open = useMemo(() => rows.filter((r) => r.bid.state === "open"), [rows]);
  const bidders = useMemo(
    () => [...new Set(open.map((r) => r.bid.provider))].flatMap((a) => byAddress.get(a) ?? []),
    [open, byAddress],
  );
  const statuses = useProviderStatuses(bidders);
  const shown = selectBids(rows, filters, sort, (p) => uptimeRank(statuses.get(p)));
  const context = useMemo(() => priceContext(rows), [rows]);
  const hidden = unstatedGpuBids(rows, filters.gpuModel);
  const waited = props.createdHeight ? height - props.createdHeight : 0;

  const setMax = (text: string) => {
    setMaxHour(text);
    const perHour = Number(text);
    // The filter is typed per hour in ACT; bids are compared per block in uact.
    const maxPerBlock = text && perHour > 0 ? unitToMicro(perHour) / blocksIn(3_600, blockTimeSec) : null;
    setFilters((f) => ({ ...f, maxPerBlock }));
  };

  return (
    <Card aria-label="Bids">
      <CardTitle
        actions={
          <Badge tone={live ? "good" : "warn"}>
            <span data-testid="bids-feed">
              {live ? "Live, every block" : "Reconnecting… checking every few seconds"}
            </span>
          </Badge>
        }
      >
        Bids
      </CardTitle>
      <BidsToolbar
        filters={filters}
        onFilters={setFilters}
        models={allocatedModels(rows)}
        maxHour={maxHour}
        onMaxHour={setMax}
        sort={sort}
        onSort={setSort}
      />
      {error && (
        <p className="text-sm text-red-700 dark:text-red-400">Could not load bids: {error.message}</p>
      )}
      {excludedCount > 0 && (
        <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400" data-testid="bids-hidden">
          {excludedCount === 1 ? "1 bid" : `${excludedCount} bids`} from the provider reclaiming the
          deployment this one replaces {excludedCount === 1 ? "is" : "are"} hidden.
        </p>
      )}
      {isPending && <Spinner label="Loading bids" />}
      {!isPending && open.length === 0 && <NoBids waited={waited} groups={props.groups} />}
      {open.length > 0 && shown.length === 0 && <p className="text-sm">No bid passes these filters.</p>}
      {hidden > 0 && (
        <p className="mb-2 text-xs text-zinc-600 dark:text-zinc-400" data-testid="bids-unstated-gpu">
          {hidden} {hidden === 1 ? "bid does" : "bids do"} not name {hidden === 1 ? "its" : "their"} GPU and{" "}
          {hidden === 1 ? "is" : "are"} left out of this GPU filter.
        </p>
      )}
      <ul className="space-y-2">
        {shown.map((row) => (
          <BidCard
            key={row.key}
            row={row}
            status={statuses.get(row.bid.provider)}
            context={context}
            nameOf={nameOf}
            busy={props.busy}
            onAccept={() => props.onAccept(row)}
          />
        ))}
      </ul>
    </Card>
  );
}
