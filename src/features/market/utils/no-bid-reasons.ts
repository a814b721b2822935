// Why no bid came in, after the fact: the same screening as before deploying (screening.ts),
// summed up. When providers do fit, the likely cause is a maximum price below what they ask:
// providers keep their prices to themselves until they bid.
import type { ProviderView, StatusState } from "@/features/providers";
import { REASON_ORDER, screenProviders, type GroupRequirements, type ReasonKind } from "./screening";

const one = (n: number, singular: string, plural: string) => `${n} ${n === 1 ? singular : plural}`;

const SUMMARY: Record<ReasonKind, (n: number) => string> = {
  gpu: (n) => `${one(n, "lacks", "lack")} the GPU your SDL asks for.`,
  attributes: (n) => `${one(n, "lacks", "lack")} your placement attributes.`,
  audit: (n) => `${one(n, "is", "are")} not audited by the auditors your SDL requires (signedBy).`,
  offline: (n) => `${one(n, "does", "do")} not answer now.`,
  capacity: (n) => `${one(n, "does", "do")} not have enough free capacity now.`,
};

const providersText = (n: number) => `${n} provider${n === 1 ? "" : "s"}`;

export function noBidReasons(
  groups: readonly GroupRequirements[],
  providers: readonly ProviderView[],
  statusOf?: (address: string) => StatusState | undefined,
): string[] {
  if (providers.length === 0) return ["No provider is registered on this network."];
  const s = screenProviders(groups, providers, statusOf);
  const reasons = REASON_ORDER.filter((k) => s.byKind[k] > 0).map(
    (k) => `Of ${providersText(s.total)}, ${SUMMARY[k](s.byKind[k])}`,
  );
  if (s.fit.length === 0) return [...reasons, "No registered provider meets every requirement of your SDL."];
  const fit = s.fit.length === 1 ? "1 provider fits" : `${s.fit.length} providers fit`;
  return [
    ...reasons,
    `${fit} your requirements, so their price is likely above your maximum: raise the pricing in the SDL.`,
  ];
}
