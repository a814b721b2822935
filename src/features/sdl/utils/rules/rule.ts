// What every lint rule receives: the parsed SDL (any shape), a locator into the text, the
// selected network's rules, and what the network's providers offer (null while unknown).
import type { GpuOffer } from "../gpu-offers";
import type { Diagnostic } from "../types";
import type { Locate } from "../yaml-locate";

export interface RuleNetwork {
  name: string;
  /** the denom deployments must be priced in ("uact" since node v2.0) */
  deploymentDenom: string;
}

export interface RuleContext {
  sdl: unknown;
  locate: Locate;
  network: RuleNetwork;
  gpuOffers: readonly GpuOffer[] | null;
}

export type LintRule = (ctx: RuleContext) => Diagnostic[];
