// What the SDL asks for and may cost, and what would be signed: live, from chain-sdk's groups.
import { Badge } from "@/components/ui/badge";
import {
  formatBytes,
  formatDuration,
  formatMicro,
  formatMicroRaw,
  formatUsdForMicro,
  perBlockToPerHour,
} from "@/lib/format";
import { depositRunwaySec, type SdlSummary, type ServiceSummary } from "../utils/summary";

function Resources({ s }: { s: ServiceSummary }) {
  return (
    <ul className="mt-1 space-y-0.5 text-xs text-zinc-600 dark:text-zinc-400">
      <li>
        {s.cpuCores} CPU · {formatBytes(s.memoryBytes)} memory
      </li>
      {s.storage.map((st) => (
        <li key={st.name}>
          {formatBytes(st.bytes)}{" "}
          {st.persistent ? `persistent (${st.storageClass ?? "default"})` : "ephemeral"} storage
          {st.name !== "default" && <span className="font-mono"> “{st.name}”</span>}
        </li>
      ))}
      {s.gpu && (
        <li>
          {s.gpu.units} × GPU: {s.gpu.models.join(" or ")}
        </li>
      )}
    </ul>
  );
}

export function SummaryPanel({
  summary,
  stale,
  versionHex,
  blockTimeSec,
}: {
  summary: SdlSummary | null;
  stale: boolean;
  versionHex: string | null;
  blockTimeSec: number;
}) {
  if (!summary)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="summary">
        The summary appears once the SDL has no errors.
      </p>
    );
  // The deposit pays for the lease only in its own denom; a runway against an AKT price means nothing.
  const sameDenom = summary.prices.find((p) => p.denom === summary.deposit.denom);
  const runway = sameDenom
    ? depositRunwaySec(summary.deposit.amount, sameDenom.perBlock, blockTimeSec)
    : Infinity;
  return (
    <section data-testid="summary" aria-label="Summary" className={stale ? "opacity-60" : undefined}>
      {stale && (
        <p className="mb-2 text-xs text-amber-700 dark:text-amber-400">
          Out of date: fix the errors to update.
        </p>
      )}
      <ul className="space-y-2">
        {summary.services.map((s) => (
          <li key={`${s.placement}/${s.name}`} data-testid="summary-service" className="text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{s.name}</span>
              <Badge>
                {s.count} {s.count === 1 ? "replica" : "replicas"}
              </Badge>
              <span className="text-xs text-zinc-500">
                profile {s.profile} · {s.placement}
              </span>
            </div>
            <div className="font-mono text-xs break-all text-zinc-500">{s.image}</div>
            <Resources s={s} />
          </li>
        ))}
      </ul>
      <dl
        className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm"
        data-testid="summary-price"
      >
        {summary.prices.map((p) => (
          <div key={p.denom} className="contents">
            <dt className="text-zinc-500">Max per block</dt>
            <dd>{formatMicroRaw(p.perBlock, p.denom)}</dd>
            <dt className="text-zinc-500">Max per hour</dt>
            <dd>{formatMicro(perBlockToPerHour(p.perBlock, blockTimeSec), p.denom)}</dd>
            <dt className="text-zinc-500">Max per month</dt>
            <dd data-testid="price-per-month">
              {formatMicro(p.perMonth, p.denom)}
              {formatUsdForMicro(p.perMonth, p.denom) && (
                <span className="text-zinc-500"> ≈ {formatUsdForMicro(p.perMonth, p.denom)}</span>
              )}
            </dd>
          </div>
        ))}
        {/* The deploy dialog proposes a deposit for the tenant's runway; this is the chain's floor. */}
        <dt className="text-zinc-500">Minimum deposit</dt>
        <dd data-testid="deposit">
          {formatMicro(summary.deposit.amount, summary.deposit.denom)}
          {Number.isFinite(runway) && (
            <span className="text-zinc-500"> · lasts ≈ {formatDuration(runway)} at the max price</span>
          )}
        </dd>
      </dl>
      <div className="mt-3 text-sm">
        <h3 className="text-xs font-semibold text-zinc-500 uppercase">Would be signed</h3>
        <ul className="mt-1 text-xs">
          {summary.groups.map((g) => (
            <li key={g.name}>
              Group <span className="font-mono">{g.name}</span>: {g.resourceUnits} resource{" "}
              {g.resourceUnits === 1 ? "unit" : "units"}, {g.replicas}{" "}
              {g.replicas === 1 ? "replica" : "replicas"}
            </li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-zinc-500">Manifest version (SHA-256)</p>
        <p className="font-mono text-xs break-all" data-testid="manifest-hash">
          {versionHex ?? "computing…"}
        </p>
      </div>
    </section>
  );
}
