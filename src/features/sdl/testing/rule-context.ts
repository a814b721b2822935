// Builds a rule's input from SDL text, for the rules' unit tests.
import type { GpuOffer } from "../utils/gpu-offers";
import { parseSdlText } from "../utils/yaml-document";
import { bindLocate } from "../utils/yaml-locate";
import type { RuleContext } from "../utils/rules/rule";

export function ruleContextFor(text: string, gpuOffers: readonly GpuOffer[] | null = null): RuleContext {
  const outcome = parseSdlText(text);
  if (!outcome.ok) throw new Error(`test SDL does not parse: ${outcome.diagnostics[0]?.message}`);
  const { doc, lineCounter, value } = outcome.parsed;
  return {
    sdl: value,
    locate: bindLocate(doc, lineCounter),
    network: { name: "Mainnet", deploymentDenom: "uact" },
    gpuOffers,
  };
}
