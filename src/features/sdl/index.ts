// Public surface of the SDL feature: the studio; the lazily loaded editor, its checker and problems
// list for other places that edit an SDL (a deployment's update); and the pure helpers the deploy
// flow needs to turn SDL text into what is signed (groups, group specs, manifest version, sorted JSON).
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
