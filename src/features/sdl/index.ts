// Owns SDL text: the studio and its drafts, the lazily loaded editor, the checker and its rules,
// templates, and the pure helpers that turn SDL into what is signed (groups, manifest version).
// Other places that edit an SDL (a deployment's update) reuse the editor, checker and problems list.
export { SdlStudio } from "./components/SdlStudio";
export { LazySdlEditor } from "./components/LazySdlEditor";
export type { SdlEditorHandle, SdlEditorProps } from "./components/SdlEditor";
export { ProblemsList } from "./components/ProblemsList";
export { useSdlCheck } from "./hooks/use-sdl-check";
export { useDarkClass } from "./hooks/use-dark-class";
export { lintSdl, type LintContext, type LintResult } from "./utils/lint-sdl";
export {
  planDeployment,
  manifestVersion,
  toHex,
  type DeploymentPlan,
  type PlanOutcome,
} from "./utils/deployment-plan";
export { summarize, depositRunwaySec, MIN_DEPOSIT_UACT, type SdlSummary } from "./utils/summary";
export {
  loadSdlEngine,
  chainSdkNetworkId,
  type SdlEngine,
  type GenerateManifestOk,
} from "./utils/sdl-engine";
export { providerGpusQuery, fetchProviderGpus } from "./api/provider-gpus";
export { sdlKeys } from "./api/query-keys";
export type { Diagnostic, TextRange, Fix } from "./utils/types";
