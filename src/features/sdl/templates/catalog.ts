// The curated template gallery: each template is two data files in this folder, `<id>.yaml` (the
// SDL) and `<id>.json` (title, description, category, tags, ACT per hour, homepage). Shipped code
// loads this module only through a dynamic import (see TemplateGallery), so the SDL texts never
// weigh on a page that does not open the gallery. Every template must pass our lint and build a
// manifest with chain-sdk (catalog.test.ts), so a broken template fails CI, not a deployment.
import { templateEntrySchema, type SdlTemplate } from "./template-schema";

export type { SdlTemplate } from "./template-schema";

/** The order categories are shown in; a template's category must be one of these. */
export const CATEGORIES = [
  "LLM inference",
  "Image generation",
  "Notebooks & training",
  "Databases",
  "Web apps & sites",
  "Object storage",
  "Game servers",
  "Nodes & indexers",
] as const;

const metas = import.meta.glob<unknown>("./*.json", { eager: true, import: "default" });
const sdls = import.meta.glob<string>("./*.yaml", { eager: true, query: "?raw", import: "default" });

const idOf = (path: string) => path.replace(/^\.\//, "").replace(/\.(json|yaml)$/, "");

function load(): SdlTemplate[] {
  const out: SdlTemplate[] = [];
  for (const [path, meta] of Object.entries(metas)) {
    const id = idOf(path);
    const sdl = sdls[`./${id}.yaml`];
    // A malformed data file is a build-time mistake: fail loudly, in tests first.
    out.push(templateEntrySchema.parse({ ...(meta as object), id, sdl }));
  }
  const rank = (t: SdlTemplate) => CATEGORIES.indexOf(t.category as (typeof CATEGORIES)[number]);
  return out.sort((a, b) => rank(a) - rank(b));
}

export const TEMPLATES: readonly SdlTemplate[] = load();

export function findTemplate(id: string): SdlTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
