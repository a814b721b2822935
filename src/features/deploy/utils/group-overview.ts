// A plain overview of each group of a deployment (its units, its maximum price per block) for
// the review dialog, read from the group specs chain-sdk built. Apart from build-deployment.ts
// so that Node code (the CLI) can describe a deployment without loading the SDL feature's UI.
import type { GroupOverview } from "@/features/transactions";

interface SpecResource {
  resource?: {
    cpu?: { units?: { val?: Uint8Array } };
    memory?: { quantity?: { val?: Uint8Array } };
    gpu?: { units?: { val?: Uint8Array }; attributes?: { key: string }[] };
  };
  count?: number;
  price?: { denom: string; amount: string };
}

const ascii = (v: Uint8Array | undefined) => Number(v ? new TextDecoder().decode(v) : "0") || 0;

function unitText(r: SpecResource): string {
  const cpu = ascii(r.resource?.cpu?.units?.val) / 1000;
  const gib = ascii(r.resource?.memory?.quantity?.val) / 2 ** 30;
  const gpus = ascii(r.resource?.gpu?.units?.val);
  const models = (r.resource?.gpu?.attributes ?? [])
    .map((a) => /model\/([^/]+)/.exec(a.key)?.[1])
    .filter((m): m is string => !!m);
  const gpu = gpus ? `, ${gpus} GPU${models.length ? ` (${models.join(" or ")})` : ""}` : "";
  return `${r.count ?? 1} × ${cpu} CPU, ${Number(gib.toFixed(2))} GiB${gpu}`;
}

export function overviewOf(groupSpecs: unknown[]): GroupOverview[] {
  return groupSpecs.map((g) => {
    const spec = g as { name?: string; resources?: SpecResource[] };
    const resources = spec.resources ?? [];
    const denom = resources[0]?.price?.denom ?? "uact";
    const total = resources.reduce((sum, r) => sum + Number(r.price?.amount ?? 0) * (r.count ?? 1), 0);
    return {
      name: spec.name ?? "",
      units: resources.map(unitText),
      maxPrice: { denom, amount: String(Number(total.toFixed(6))) },
    };
  });
}
