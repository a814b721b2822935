// What an update changes: a line diff of the deployed SDL against the edited one, and the
// changes the chain or provider will not apply in place. A deployment's groups (resources,
// placement, pricing) are fixed at creation: MsgUpdateDeployment only replaces the manifest hash,
// so only what lives in the manifest alone (image, env, command, ports) can change.

export type DiffLine = { kind: "same" | "added" | "removed"; text: string };

/** Longest-common-subsequence line diff; SDLs are small (hundreds of lines). */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split("\n");
  const b = after.split("\n");
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: "same", text: a[i]! });
      i++;
      j++;
    } else if (i < a.length && (j >= b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!))
      out.push({ kind: "removed", text: a[i++]! });
    else out.push({ kind: "added", text: b[j++]! });
  }
  return out;
}

interface Spec {
  name?: string;
  requirements?: unknown;
  resources?: { resource?: unknown; count?: number; price?: unknown }[];
}

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

/** Sentences for every change that needs a new deployment instead of an update; empty when none. */
export function updateBlockers(deployed: unknown[], edited: unknown[]): string[] {
  const before = deployed as Spec[];
  const after = edited as Spec[];
  if (before.length !== after.length || before.some((g, i) => g.name !== after[i]?.name))
    return [
      "The placement groups changed. Groups are fixed when a deployment is created: close it and create a new one.",
    ];
  const reasons: string[] = [];
  before.forEach((g, i) => {
    const e = after[i]!;
    const name = g.name ?? `#${i + 1}`;
    if (!same(g.requirements, e.requirements))
      reasons.push(
        `Placement of group “${name}” changed (attributes or auditors). Providers were chosen for the old placement.`,
      );
    const units = (s: Spec) => (s.resources ?? []).map((r) => ({ resource: r.resource, count: r.count }));
    if (!same(units(g), units(e)))
      reasons.push(
        `Resources of group “${name}” changed (CPU, memory, storage, GPU or count). The lease was priced for the old resources.`,
      );
    if (
      !same(
        (g.resources ?? []).map((r) => r.price),
        (e.resources ?? []).map((r) => r.price),
      )
    )
      reasons.push(
        `Pricing of group “${name}” changed. The lease price was fixed when the bid was accepted.`,
      );
  });
  return reasons;
}
