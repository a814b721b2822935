// One placement: the provider attributes it asks for, the auditors who must have signed them
// (picked from the auditors on this network's chain) and the most it pays per block, in ACT.
import { Button } from "@/components/ui/button";
import { auditorNameSource, useChainAuditors } from "@/features/providers";
import { placementFields } from "../fields";
import { addAttribute, renameAttribute, setSignedBy, type SignedBy } from "../form-edits";
import type { PlacementView } from "../form-model";
import { markersAt, markersUnder } from "../markers";
import { remove, setScalar } from "../yaml-edit";
import { useBuilder } from "./builder-context";
import { FormField, Markers } from "./FormField";
import { Section } from "./Section";

const CONTROL =
  "h-10 w-full min-w-0 rounded-lg border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** "≈ 0.36 ACT/hour": what a per-block price comes to at this network's block time. */
export function perHour(amountUact: string, blockTimeSec: number): string | null {
  const n = Number(amountUact);
  if (!Number.isFinite(n) || n <= 0 || blockTimeSec <= 0) return null;
  const act = (n * 3600) / blockTimeSec / 1e6;
  return `≈ ${act < 0.01 ? act.toPrecision(2) : act.toFixed(2)} ACT/hour at ${blockTimeSec.toFixed(1)} s blocks`;
}

function Auditors({ placement }: { placement: PlacementView }) {
  const { edit, diagnostics } = useBuilder();
  const { auditors, isLoading, error } = useChainAuditors();
  const modeOf = (a: string): SignedBy =>
    placement.allOf.includes(a) ? "allOf" : placement.anyOf.includes(a) ? "anyOf" : "none";
  const listed = new Set(auditors.map((a) => a.name.address));
  const extra = [...placement.anyOf, ...placement.allOf].filter((a) => !listed.has(a));
  const rows = [
    ...auditors.map((a) => ({
      address: a.name.address,
      label: a.name.label,
      title: auditorNameSource(a.name),
      note: a.providers === 1 ? "vouches for 1 provider" : `vouches for ${a.providers} providers`,
    })),
    ...extra.map((a) => ({ address: a, label: a, title: a, note: "no audits on this network" })),
  ];
  return (
    <Section title="Signed by">
      {isLoading && <p className="text-xs text-zinc-500">Reading the auditors on chain…</p>}
      {error && (
        <p className="text-xs text-red-700 dark:text-red-400">
          The auditors could not be read: {error.message}
        </p>
      )}
      {!isLoading && rows.length === 0 && (
        <p className="text-xs text-zinc-500">No auditor has signed a provider on this network.</p>
      )}
      {rows.map((r) => (
        <label
          key={r.address}
          className="grid grid-cols-[minmax(0,1fr)_9rem] items-center gap-2 text-sm"
          title={r.title}
        >
          <span className="flex min-w-0 flex-col break-words">
            {r.label}
            <span className="text-xs text-zinc-500">{r.note}</span>
          </span>
          <select
            className={CONTROL}
            aria-label={`Require ${r.label}`}
            value={modeOf(r.address)}
            onChange={(e) =>
              edit((d) => setSignedBy(d, placement.path, r.address, e.target.value as SignedBy))
            }
          >
            <option value="none">not required</option>
            <option value="anyOf">any of</option>
            <option value="allOf">all of</option>
          </select>
        </label>
      ))}
      <Markers diagnostics={markersUnder(diagnostics, [...placement.path, "signedBy"])} />
    </Section>
  );
}

export function PlacementCard({ placement }: { placement: PlacementView }) {
  const { edit, diagnostics, blockTimeSec } = useBuilder();
  const fields = placementFields(placement);
  const attrPath = [...placement.path, "attributes"];
  return (
    <section
      aria-label={`Placement ${placement.name}`}
      data-testid="placement-card"
      className="flex min-w-0 flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-950"
    >
      <h3 className="font-semibold">Placement {placement.name}</h3>
      <Markers diagnostics={markersAt(diagnostics, [placement.path])} />
      <Section
        title="Provider attributes"
        actions={
          <Button size="sm" variant="secondary" onClick={() => edit((d) => addAttribute(d, placement.path))}>
            Add attribute
          </Button>
        }
      >
        {placement.attributes.map((a, i) => (
          <div key={i} className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] items-start gap-2">
            <input
              className={CONTROL}
              aria-label={`Attribute ${i + 1} name`}
              value={a.key}
              onChange={(e) => edit((d) => renameAttribute(d, placement.path, a.key, e.target.value))}
            />
            <input
              className={CONTROL}
              aria-label={`Attribute ${a.key} value`}
              value={a.value}
              onChange={(e) => edit((d) => setScalar(d, [...attrPath, a.key], e.target.value))}
            />
            <Button
              size="sm"
              variant="ghost"
              className="h-10"
              onClick={() => edit((d) => remove(d, [...attrPath, a.key]))}
            >
              Remove
            </Button>
          </div>
        ))}
        <Markers diagnostics={markersUnder(diagnostics, attrPath)} />
      </Section>
      <Auditors placement={placement} />
      <Section title="Pricing (ACT)">
        {placement.pricing.map((pr) => {
          const amount = fields.find((f) => f.path.join(".") === [...pr.path, "amount"].join("."));
          return (
            amount && (
              <div key={pr.profile} className="flex flex-col gap-1">
                <FormField
                  field={{
                    ...amount,
                    label: `Max price for ${pr.profile} (uact per block)`,
                    hint: perHour(pr.amount, blockTimeSec) ?? undefined,
                  }}
                />
                <Markers diagnostics={markersUnder(diagnostics, [...pr.path, "denom"])} />
                {pr.denom !== "uact" && (
                  <Button
                    size="sm"
                    variant="secondary"
                    className="self-start"
                    onClick={() => edit((d) => setScalar(d, [...pr.path, "denom"], "uact"))}
                  >
                    Price {pr.profile} in ACT (uact)
                  </Button>
                )}
              </div>
            )
          );
        })}
      </Section>
    </section>
  );
}
