// The template gallery: known-good SDLs to start from, grouped by what they run.
import { formatMicro, formatUsdForMicro, perBlockToPerMonth } from "@/lib/format";
import { TEMPLATES, type SdlTemplate } from "../templates/catalog";

export function TemplateGallery({
  blockTimeSec,
  onPick,
}: {
  blockTimeSec: number;
  onPick(template: SdlTemplate): void;
}) {
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-label="Templates">
      {TEMPLATES.map((t) => {
        const perMonth = perBlockToPerMonth(t.maxPricePerBlockUact, blockTimeSec);
        return (
          <li key={t.id}>
            <button
              type="button"
              onClick={() => onPick(t)}
              aria-label={`Use template: ${t.title}`}
              className="flex h-full w-full flex-col gap-1 rounded-xl border border-zinc-200 bg-white p-3 text-left transition-colors hover:border-brand-600 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <span className="text-xs font-medium text-brand-600">{t.category}</span>
              <span className="text-sm font-semibold">{t.title}</span>
              <span className="text-xs text-zinc-600 dark:text-zinc-400">{t.description}</span>
              <span className="mt-auto pt-1 text-xs text-zinc-500">{t.resources}</span>
              <span className="text-xs text-zinc-500">
                up to {formatMicro(perMonth, "uact")}/month ≈ {formatUsdForMicro(perMonth, "uact")}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
