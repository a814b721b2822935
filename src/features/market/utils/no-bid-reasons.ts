// Why no bid came in, from what the chain says about providers: nobody offers the GPU model,
// nobody has the placement attributes, nobody is audited by the required auditors. When
// providers do fit, the likely cause is a maximum price below what they ask.
import type { ProviderView } from "@/features/providers";

export interface GroupRequirements {
  name: string;
  /** GPU models required, e.g. ["h100"]; empty when the group uses no GPU */
  gpuModels: string[];
  /** placement attributes: key = value */
  attributes: { key: string; value: string }[];
  /** signed_by.any_of auditors */
  auditors: string[];
}

export function noBidReasons(group: GroupRequirements, providers: readonly ProviderView[]): string[] {
  if (providers.length === 0) return ["No provider is registered on this network."];
  const reasons: string[] = [];
  let fitting = providers;
  for (const model of group.gpuModels) {
    const offer = fitting.filter((p) => p.gpus.some((g) => g.model === model));
    if (offer.length === 0)
      reasons.push(`No registered provider offers the ${model.toUpperCase()} GPU your SDL asks for.`);
    else fitting = offer;
  }
  if (group.attributes.length > 0) {
    const match = fitting.filter((p) =>
      group.attributes.every((a) => p.attributes.some((pa) => pa.key === a.key && pa.value === a.value)),
    );
    const wanted = group.attributes.map((a) => `${a.key}=${a.value}`).join(", ");
    if (match.length === 0) reasons.push(`Your placement attributes (${wanted}) match no provider.`);
    else fitting = match;
  }
  if (group.auditors.length > 0) {
    const audited = fitting.filter((p) => p.audits.some((a) => group.auditors.includes(a.auditor)));
    if (audited.length === 0)
      reasons.push("No provider that fits is audited by the auditors your SDL requires (signedBy).");
    else fitting = audited;
  }
  if (reasons.length === 0)
    reasons.push(
      `${fitting.length} provider${fitting.length === 1 ? "" : "s"} fit${fitting.length === 1 ? "s" : ""} your requirements, so their price is likely above your maximum: raise the pricing in the SDL.`,
    );
  return reasons;
}
