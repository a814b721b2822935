// One bid: who bids (a link to the provider's page), where, who audited it (by name), whether it
// answers now, which GPU it runs on, and its price per month, hour, GPU-hour and block, placed
// among the other bids (cheapest, median).
import { Link } from "react-router";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { paths } from "@/config/paths";
import { auditorNameSource, type AuditorName, type StatusState } from "@/features/providers";
import { formatDuration, formatMicro } from "@/lib/format";
import { gpuText } from "../utils/bid-gpu";
import { priceAmongOthers, type BidRow, type PriceContext } from "../utils/bid-view";
import { onlineLabel } from "../utils/uptime";

const NAMED = "Named in the bid: the GPU this provider reserved for you.";
const UNNAMED = "The bid does not name its GPU; this is what the provider's attributes allow.";

function GpuBadge({ row }: { row: BidRow }) {
  const text = gpuText(row.gpu);
  if (!text) return null;
  const certain = row.gpu.kind === "allocated";
  return (
    <Badge tone={certain ? "info" : "warn"} className="max-w-full">
      <span data-testid="bid-gpu" title={certain ? NAMED : UNNAMED}>
        {text}
      </span>
    </Badge>
  );
}

function Auditors({ auditors, nameOf }: { auditors: string[]; nameOf(a: string): AuditorName }) {
  if (auditors.length === 0) return <Badge>Not audited</Badge>;
  const names = auditors.map(nameOf);
  return (
    <Badge tone="good" className="max-w-full">
      <span className="truncate" title={names.map(auditorNameSource).join("\n")} data-testid="bid-auditors">
        Audited by {names.map((n) => n.label).join(", ")}
      </span>
    </Badge>
  );
}

export function BidCard(props: {
  row: BidRow;
  status: StatusState | undefined;
  context: PriceContext | null;
  nameOf(auditor: string): AuditorName;
  onAccept(): void;
  busy: boolean;
}) {
  const { row } = props;
  const denom = row.bid.price.denom;
  const online = onlineLabel(props.status);
  const among = priceAmongOthers(row.perHour, props.context);
  return (
    <li
      data-testid="bid-row"
      data-provider={row.bid.provider}
      className="grid gap-3 rounded-lg border border-zinc-200 p-3 sm:flex sm:items-center dark:border-zinc-800"
    >
      <div className="min-w-0 sm:flex-1">
        <Link
          to={paths.provider(row.bid.provider)}
          className="block truncate font-medium text-brand-700 hover:underline dark:text-brand-500"
          title={row.bid.provider}
        >
          {row.providerName}
        </Link>
        <p className="truncate text-xs text-zinc-500">
          {row.host}
          {row.region ? ` · ${row.region}` : ""}
        </p>
        <div className="mt-1 flex flex-wrap gap-1">
          <Badge tone={online.tone}>
            <span title={online.title} data-testid="bid-online">
              {online.text}
            </span>
          </Badge>
          <Auditors auditors={row.auditors} nameOf={props.nameOf} />
          <GpuBadge row={row} />
        </div>
      </div>
      {/* On a phone, price and Accept share a row under the provider; on wider screens they line up. */}
      <div className="flex items-center justify-between gap-3 sm:contents">
        <div className="text-sm sm:text-right">
          <p className="font-semibold" data-testid="bid-price-month">
            {formatMicro(row.perMonth, denom)}/month
          </p>
          <p className="text-xs text-zinc-500">
            {formatMicro(row.perHour, denom)}/hour
            {row.perGpuHour !== null && (
              <span data-testid="bid-price-gpu-hour"> · {formatMicro(row.perGpuHour, denom)}/GPU-hour</span>
            )}
          </p>
          {among && (
            <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="bid-among">
              {among}
            </p>
          )}
          <p className="text-xs text-zinc-500">
            {row.perBlock} {denom}/block · open {formatDuration(row.openSeconds)}
          </p>
        </div>
        <Button size="sm" onClick={props.onAccept} disabled={props.busy}>
          Accept
        </Button>
      </div>
    </li>
  );
}
