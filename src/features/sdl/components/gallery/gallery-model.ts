// The gallery's view of a template: where it came from, what it runs (read from its SDL), what it
// costs per hour and month (from its hourly prices and replicas), and what search matches.
import { SECONDS_PER_MONTH } from "@/lib/format";
import { hourlyTotalUact } from "../../templates/hourly-price";
import { templatePlan, type TemplatePlan } from "../../templates/template-plan";
import type { SdlTemplate } from "../../templates/template-schema";

export interface GalleryItem {
  template: SdlTemplate;
  /** null for ours; the host of the index it was imported from otherwise */
  source: string | null;
  plan: TemplatePlan | null;
  perHourUact: number;
  perMonthUact: number;
  gpu: string | null;
  haystack: string;
}

export function galleryItem(template: SdlTemplate, source: string | null): GalleryItem {
  const plan = templatePlan(template.sdl);
  const perHourUact = Number(hourlyTotalUact(template.pricePerHour, (p) => plan?.replicasOf(p) ?? 0));
  const gpus = plan?.services.flatMap((s) =>
    s.gpu ? [`${s.gpu.units} × ${s.gpu.models.join(" or ")}`] : [],
  );
  return {
    template,
    source,
    plan,
    perHourUact,
    perMonthUact: (perHourUact * SECONDS_PER_MONTH) / 3600,
    gpu: gpus?.length ? gpus.join(", ") : null,
    haystack: [
      template.title,
      template.description,
      template.category,
      ...template.tags,
      ...(plan?.services.map((s) => s.image) ?? []),
      ...(gpus ?? []),
    ]
      .join(" ")
      .toLowerCase(),
  };
}

/** Every word of the query appears somewhere in the template (title, tags, images, GPU…). */
export function matches(item: GalleryItem, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => item.haystack.includes(w));
}

export function categoriesOf(items: readonly GalleryItem[]): string[] {
  return [...new Set(items.map((i) => i.template.category))];
}
