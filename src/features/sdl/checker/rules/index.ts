import { deploymentDenomRule } from "./deployment-denom";
import { gpuModelRule } from "./gpu-model";
import { imageTagRule } from "./image-tag";
import { inlineCredentialsRule } from "./inline-credentials";
import type { LintRule } from "./rule";

export type { LintRule, RuleContext, RuleNetwork } from "./rule";

/** Our rules, on top of chain-sdk's validation. */
export const RULES: readonly LintRule[] = [
  deploymentDenomRule,
  imageTagRule,
  gpuModelRule,
  inlineCredentialsRule,
];
