// Owns SDL text: the studio and its drafts, the lazily loaded editor, the checker and its rules,
// templates, and the pure helpers that turn SDL into what is signed (groups, manifest version).
// Other places that edit an SDL (a deployment's update, a form builder) reuse the editor, the
// checker (useSdlCheck, or checkSdl directly) and the problems list; a diagnostic carries the path
// of its field, its line and column, what is wrong and what to write instead.
export { SdlStudio } from "./components/SdlStudio";
export { LazySdlEditor } from "./components/LazySdlEditor";
export type { SdlEditorHandle, SdlEditorProps } from "./components/SdlEditor";
export { ProblemsList } from "./components/ProblemsList";
export { useSdlCheck, type SdlCheckResult } from "./hooks/use-sdl-check";
export { useDarkClass } from "./hooks/use-dark-class";
export { checkSdl, type CheckContext, type CheckResult, type BuiltManifest } from "./checker/check-sdl";
export { sdlChecker, type SdlChecker } from "./checker/worker/checker-client";
export {
  planDeployment,
  buildSdl,
  manifestVersion,
  toHex,
  type DeploymentPlan,
  type PlanOutcome,
  type BuiltSdl,
} from "./utils/deployment-plan";
export { summarize, depositRunwaySec, MIN_DEPOSIT_UACT, type SdlSummary } from "./utils/summary";
export { loadSdlEngine, chainSdkNetworkId, CHAIN_SDK_VERSION, type SdlEngine } from "./checker/sdl-engine";
export { providerGpusQuery, fetchProviderGpus } from "./api/provider-gpus";
export { sdlKeys } from "./api/query-keys";
export { diagnosticText, type Diagnostic, type TextRange, type Fix, type PathSegment } from "./checker/types";
export { draftsStorage, createDraftsStore, type Draft } from "./utils/drafts-store";
export { redactSecrets, redactEnvValues } from "./utils/redact";
