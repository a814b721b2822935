// The manifest a tenant PUTs: a JSON array of groups, exactly the bytes chain-sdk's
// manifestToSortedJSON produces. Only what the simulated cluster needs is typed; unknown keys are
// kept as they are, since the provider hashes and stores the body verbatim.
import { z } from "zod";

const resourceValue = z.object({ val: z.union([z.string(), z.number()]) }).nullish();

const expose = z.object({
  port: z.number(),
  externalPort: z.number().default(0),
  proto: z.string().default("TCP"),
  service: z.string().default(""),
  global: z.boolean().default(false),
  hosts: z.array(z.string()).nullish(),
});

const service = z.object({
  name: z.string(),
  image: z.string(),
  count: z.number(),
  command: z.array(z.string()).nullish(),
  args: z.array(z.string()).nullish(),
  env: z.array(z.string()).nullish(),
  expose: z.array(expose).nullish(),
  resources: z.object({
    id: z.number(),
    cpu: z.object({ units: resourceValue }).nullish(),
    memory: z.object({ size: resourceValue }).nullish(),
    gpu: z.object({ units: resourceValue }).nullish(),
  }),
});

const group = z.object({ name: z.string(), services: z.array(service) });
export const manifestSchema = z.array(group);

export type ManifestGroup = z.infer<typeof group>;
export type ManifestService = z.infer<typeof service>;
export type ManifestExpose = z.infer<typeof expose>;

export type ManifestParse = { ok: true; groups: ManifestGroup[] } | { ok: false; error: string };

export function parseManifest(body: string): ManifestParse {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : "invalid JSON" };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success)
    return { ok: false, error: `json: cannot unmarshal manifest: ${parsed.error.issues[0]?.message ?? ""}` };
  return { ok: true, groups: parsed.data };
}

export function gpuUnits(svc: ManifestService): number {
  return Number(svc.resources.gpu?.units?.val ?? 0);
}
