// Builds a rule's input from SDL text, for the rules' unit tests: the text read by the checker.
import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { checkSdl } from "../checker/check-sdl";
import { bindLocate } from "../checker/locate";
import { parseSdlText } from "../checker/parse";
import type { RuleContext } from "../checker/rules/rule";
import type { GpuOffer } from "../utils/gpu-offers";

export function ruleContextFor(text: string, gpuOffers: readonly GpuOffer[] | null = null): RuleContext {
  const outcome = parseSdlText(text);
  if (!outcome.ok) throw new Error(`test SDL does not parse: ${outcome.diagnostics[0]?.message}`);
  const { doc, lineCounter } = outcome.parsed;
  const network = { name: "Mainnet", kind: "mainnet", deploymentDenom: "uact" };
  const { sdl } = checkSdl(text, { engine: chainSdk, network, gpuOffers, rules: false });
  return { sdl, locate: bindLocate(doc, lineCounter), network, gpuOffers };
}
