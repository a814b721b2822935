// The messages between the page and the checker's worker. A request carries the text and what
// the rules need to know about the selected network; the answer carries the checker's result
// (plain data: structured-cloned) and the manifest version hash, computed in the worker too.
import type { GpuOffer } from "../../utils/gpu-offers";
import type { CheckResult } from "../check-sdl";
import type { RuleNetwork } from "../rules";

export interface CheckNetwork extends RuleNetwork {
  kind: string;
}

export type WorkerRequest =
  | { id: number; type: "check"; text: string; network: CheckNetwork; gpuOffers: readonly GpuOffer[] | null }
  | { id: number; type: "schema" };

export interface CheckAnswer extends CheckResult {
  /** SHA-256 of the manifest's sorted JSON (MsgCreateDeployment.hash), hex; null without a manifest */
  versionHex: string | null;
  /** how long the check took in the worker, ms */
  ms: number;
}

export type WorkerResponse =
  | { id: number; ok: true; type: "check"; answer: CheckAnswer }
  | { id: number; ok: true; type: "schema"; schema: object }
  | { id: number; ok: false; error: string };
