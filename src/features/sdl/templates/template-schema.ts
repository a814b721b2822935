// What a template is, as data: ours (a `<id>.json` beside its `<id>.yaml`) and any template index
// a tenant imports from a URL ({ "templates": [entry, …] }, the same entries with the SDL inline).
// Everything is bounded and plain: text is shown as text, the only link is http(s), and a price
// is ACT per hour per replica of a compute profile, never per block (see hourly-price.ts).
import { z } from "zod";
import { MAX_SDL_BYTES } from "../checker/parse";
import { actToUact } from "./hourly-price";

export const MAX_INDEX_TEMPLATES = 200;

/** C0 controls except tab and newline, DEL, and the bidi overrides that reorder what is shown. */
function isControl(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a) ||
    c === 0x7f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    // Control characters and bidi overrides have no place in a title or description.
    .refine((s) => ![...s].some(isControl), {
      message: "contains control characters",
    });

const hourlyAct = z
  .union([z.string(), z.number().finite().nonnegative()])
  .transform((v) => (typeof v === "number" ? String(v) : v.trim()))
  .refine((v) => (actToUact(v) ?? 0n) > 0n, {
    message: "must be ACT per hour: a positive decimal with at most 6 fraction digits",
  });

const httpLink = z
  .string()
  .max(300)
  .refine(
    (v) => {
      try {
        const url = new URL(v);
        return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password;
      } catch {
        return false;
      }
    },
    { message: "must be an http(s) address" },
  );

export const templateMetaSchema = z.object({
  title: text(80),
  description: text(400),
  category: text(40),
  tags: z
    .array(z.string().regex(/^[a-z0-9][a-z0-9+.#-]{0,31}$/, "a tag is lower-case, 32 characters at most"))
    .max(12),
  /** ACT per hour per replica, by compute profile */
  pricePerHour: z
    .record(z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/i), hourlyAct)
    .refine((r) => Object.keys(r).length > 0 && Object.keys(r).length <= 20, {
      message: "needs one price per compute profile (at most 20)",
    }),
  homepage: httpLink.optional(),
});

export const templateEntrySchema = templateMetaSchema.extend({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "an id is lower-case letters, digits and dashes"),
  sdl: z
    .string()
    .min(1)
    .refine((s) => new TextEncoder().encode(s).length <= MAX_SDL_BYTES, {
      message: `an SDL can be at most ${MAX_SDL_BYTES / 1024} KiB`,
    }),
});

export const templateIndexSchema = z.object({
  templates: z.array(templateEntrySchema).min(1).max(MAX_INDEX_TEMPLATES),
});

export type TemplateMeta = z.infer<typeof templateMetaSchema>;
export type SdlTemplate = z.infer<typeof templateEntrySchema>;

/** A template index as JSON text, validated; the first problem in words when it is not one. */
export function parseTemplateIndex(
  json: unknown,
): { ok: true; templates: SdlTemplate[] } | { ok: false; error: string } {
  const parsed = templateIndexSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
    return { ok: false, error: `Not a template index${where}: ${issue?.message ?? "invalid"}.` };
  }
  const ids = new Set<string>();
  for (const t of parsed.data.templates) {
    if (ids.has(t.id)) return { ok: false, error: `Not a template index: the id "${t.id}" appears twice.` };
    ids.add(t.id);
  }
  return { ok: true, templates: parsed.data.templates };
}
