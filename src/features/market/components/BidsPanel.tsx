// Live bids on a new deployment: who bids, audits, GPUs, price per block/hour/month, how long
// open; cheapest first, with filters; and, when nothing comes, the likely reason.
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { useNetwork } from "@/features/network";
import { useProviders } from "@/features/providers";
import { useLiveBids } from "../hooks/use-live-bids";
import { formatDuration, formatMicro, unitToMicro, blocksIn } from "@/lib/format";
import { NO_FILTERS, selectBids, type BidFilters, type BidRow } from "../utils/bid-view";
import { noBidReasons, type GroupRequirements } from "../utils/no-bid-reasons";

/** After this many blocks without a bid, explain why none is likely to come. */
const PATIENCE_BLOCKS = 5;

function BidCard({ row, onAccept, busy }: { row: BidRow; onAccept(): void; busy: boolean }) {
  return (
    <li
      data-testid="bid-row"
      data-provider={row.bid.provider}
      className="grid gap-3 rounded-lg border border-zinc-200 p-3 sm:flex sm:items-center dark:border-zinc-800"
    >
      <div className="min-w-0 sm:flex-1">
        <p className="truncate font-medium">{row.providerName}</p>
        <p className="truncate text-xs text-zinc-500">
          {row.host}
          {row.region ? ` · ${row.region}` : ""}
        </p>
        <div className="mt-1 flex flex-wrap gap-1">
          {row.auditors.length > 0 ? (
            <Badge tone="good" className="max-w-full truncate">
              Audited by {row.auditors.map((a) => `${a.slice(0, 10)}…`).join(", ")}
            </Badge>
          ) : (
            <Badge>Not audited</Badge>
          )}
          {row.gpuModels.map((m) => (
            <Badge key={m} tone="info">
              {m.toUpperCase()}
            </Badge>
          ))}
        </div>
      </div>
      {/* On a phone, price and Accept share a row under the provider; on wider screens they line up. */}
      <div className="flex items-center justify-between gap-3 sm:contents">
        <div className="text-sm sm:text-right">
          <p className="font-semibold" data-testid="bid-price-month">
            {formatMicro(row.perMonth, row.bid.price.denom)}/month
          </p>
          <p className="text-xs text-zinc-500">
            {formatMicro(row.perHour, row.bid.price.denom)}/hour · {row.perBlock} {row.bid.price.denom}/block
          </p>
          <p className="text-xs text-zinc-500">open {formatDuration(row.openSeconds)}</p>
        </div>
        <Button size="sm" onClick={onAccept} disabled={busy}>
          Accept
        </Button>
      </div>
    </li>
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
  const { network } = useNetwork();
  const { providers } = useProviders();
  const liveBids = useLiveBids(props.owner, props.dseq, true);
  const { height, live, isPending, error } = liveBids;
  const excluded = props.excludeProviders;
  const rows = useMemo(
    () =>
      excluded?.length ? liveBids.rows.filter((r) => !excluded.includes(r.bid.provider)) : liveBids.rows,
    [liveBids.rows, excluded],
  );
  const hidden = liveBids.rows.length - rows.length;
  const [filters, setFilters] = useState<BidFilters>(NO_FILTERS);
  const [maxHour, setMaxHour] = useState("");
  const shown = useMemo(() => selectBids(rows, filters), [rows, filters]);
  const models = useMemo(() => [...new Set(rows.flatMap((r) => r.gpuModels))].sort(), [rows]);
  const waited = props.createdHeight ? height - props.createdHeight : 0;
  const open = rows.filter((r) => r.bid.state === "open");

  const setMax = (text: string) => {
    setMaxHour(text);
    const perHour = Number(text);
    // The filter is typed per hour in ACT; bids are compared per block in uact.
    const maxPerBlock =
      text && perHour > 0 ? unitToMicro(perHour) / blocksIn(3_600, network.averageBlockTimeSec) : null;
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
      <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={filters.auditedOnly}
            onChange={(e) => setFilters((f) => ({ ...f, auditedOnly: e.target.checked }))}
          />
          Audited only
        </label>
        <Select
          aria-label="GPU model"
          className="w-full sm:w-44"
          value={filters.gpuModel ?? ""}
          onChange={(e) => setFilters((f) => ({ ...f, gpuModel: e.target.value || null }))}
        >
          <option value="">Any GPU</option>
          {models.map((m) => (
            <option key={m} value={m}>
              {m.toUpperCase()}
            </option>
          ))}
        </Select>
        <Input
          aria-label="Maximum ACT per hour"
          placeholder="Max ACT/hour"
          inputMode="decimal"
          className="w-full sm:w-40"
          value={maxHour}
          onChange={(e) => setMax(e.target.value)}
        />
      </div>
      {error && (
        <p className="text-sm text-red-700 dark:text-red-400">Could not load bids: {error.message}</p>
      )}
      {hidden > 0 && (
        <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400" data-testid="bids-hidden">
          {hidden === 1 ? "1 bid" : `${hidden} bids`} from the provider reclaiming the deployment this one
          replaces {hidden === 1 ? "is" : "are"} hidden.
        </p>
      )}
      {isPending && <Spinner label="Loading bids" />}
      {!isPending && open.length === 0 && (
        <div className="space-y-2 text-sm" role="status">
          <p>Waiting for providers to bid… ({waited > 0 ? `${waited} blocks so far` : "just created"})</p>
          {waited >= PATIENCE_BLOCKS && (
            <ul
              className="list-disc space-y-1 pl-5 text-amber-800 dark:text-amber-300"
              data-testid="no-bid-reasons"
            >
              {props.groups
                .flatMap((g) => noBidReasons(g, providers))
                .map((r) => (
                  <li key={r}>{r}</li>
                ))}
            </ul>
          )}
        </div>
      )}
      {open.length > 0 && shown.length === 0 && <p className="text-sm">No bid passes these filters.</p>}
      <ul className="space-y-2">
        {shown.map((row) => (
          <BidCard key={row.key} row={row} busy={props.busy} onAccept={() => props.onAccept(row)} />
        ))}
      </ul>
    </Card>
  );
}
