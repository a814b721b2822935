// What every lint rule receives: the SDL as the checker read it, a locator into the text, the
// selected network's rules, and what the network's providers offer (null while unknown).
import type { GpuOffer } from "../../utils/gpu-offers";
import type { Diagnostic } from "../types";
import type { Locator } from "../locate";
import type { ReclamationBounds } from "../reclamation";

export interface RuleNetwork {
  name: string;
  /** the denom deployments must be priced in ("uact" since node v2.0) */
  deploymentDenom: string;
  /** the market's reclamation bounds (AEP-82); absent or null while unknown: not checked */
  reclamationBounds?: ReclamationBounds | null;
}

export interface RuleContext {
  sdl: unknown;
  locate: Locator;
  network: RuleNetwork;
  gpuOffers: readonly GpuOffer[] | null;
}

export type LintRule = (ctx: RuleContext) => Diagnostic[];
