// What each group of an SDL asks a provider for, from the group specs chain-sdk built (what
// MsgCreateDeployment will carry): for the pre-bid screening in the deploy dialog.
import type { GroupRequirements } from "@/features/market";

interface Attr {
  key: string;
  value: string;
}

interface Spec {
  name?: string;
  requirements?: { signedBy?: { allOf?: string[]; anyOf?: string[] }; attributes?: Attr[] };
  resources?: {
    resource?: {
      cpu?: { units?: { val?: Uint8Array } };
      memory?: { quantity?: { val?: Uint8Array } };
      gpu?: { units?: { val?: Uint8Array }; attributes?: Attr[] };
    };
    count?: number;
  }[];
}

const ascii = (v: Uint8Array | undefined) => Number(v ? new TextDecoder().decode(v) : "0") || 0;

export function requirementsOfSpecs(groupSpecs: readonly unknown[]): GroupRequirements[] {
  return groupSpecs.map((raw, i) => {
    const spec = raw as Spec;
    const units = spec.resources ?? [];
    const sum = (f: (u: (typeof units)[number]) => number) =>
      units.reduce((n, u) => n + f(u) * (u.count ?? 1), 0);
    const gpuUnits = units.filter((u) => ascii(u.resource?.gpu?.units?.val) > 0);
    return {
      gseq: i + 1,
      name: spec.name ?? "",
      gpuKeys: [...new Set(gpuUnits.flatMap((u) => u.resource?.gpu?.attributes?.map((a) => a.key) ?? []))],
      gpuCount: sum((u) => ascii(u.resource?.gpu?.units?.val)),
      cpuMillis: sum((u) => ascii(u.resource?.cpu?.units?.val)),
      memoryBytes: sum((u) => ascii(u.resource?.memory?.quantity?.val)),
      attributes: spec.requirements?.attributes ?? [],
      signedBy: {
        allOf: spec.requirements?.signedBy?.allOf ?? [],
        anyOf: spec.requirements?.signedBy?.anyOf ?? [],
      },
    };
  });
}
