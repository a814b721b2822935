// One template in the gallery's grid: what it is, its GPU if any, and its price per hour and month.
import { Badge } from "@/components/ui/badge";
import { formatMicro, formatUsdForMicro } from "@/lib/format";
import type { GalleryItem } from "./gallery-model";

export function TemplateCard({
  item,
  busy,
  onUse,
  onDetails,
}: {
  item: GalleryItem;
  busy: boolean;
  onUse(): void;
  onDetails(): void;
}) {
  const t = item.template;
  return (
    <li
      data-testid="template-card"
      className="flex h-full flex-col gap-1 rounded-xl border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-center gap-1.5">
        <span className="text-xs font-medium text-brand-600">{t.category}</span>
        {item.source && <Badge tone="info">from {item.source}</Badge>}
      </div>
      <span className="text-sm font-semibold">{t.title}</span>
      <span className="text-xs text-zinc-600 dark:text-zinc-400">{t.description}</span>
      {item.gpu && <span className="text-xs text-zinc-500">GPU: {item.gpu}</span>}
      <span className="mt-auto pt-1 text-xs text-zinc-700 dark:text-zinc-300" data-testid="template-price">
        up to {formatMicro(item.perHourUact, "uact")}/hour · {formatMicro(item.perMonthUact, "uact")}/month ≈{" "}
        {formatUsdForMicro(item.perMonthUact, "uact")}
      </span>
      <div className="flex gap-2 pt-1">
        <button
          type="button"
          onClick={onUse}
          disabled={busy}
          aria-label={`Use template: ${t.title}`}
          className="rounded-lg bg-brand-600 px-3 py-1.5 text-xs font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          Use
        </button>
        <button
          type="button"
          onClick={onDetails}
          aria-label={`Details: ${t.title}`}
          className="rounded-lg border border-zinc-300 px-3 py-1.5 text-xs font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          Details
        </button>
      </div>
    </li>
  );
}
