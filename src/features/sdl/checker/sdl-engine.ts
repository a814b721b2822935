// The parts of chain-sdk the checker uses, behind one type so it runs with the real SDK in the
// checker's worker, on the page when workers are unavailable, and in Node (tests, benchmarks).
import type * as ChainSdkWeb from "@akashnetwork/chain-sdk/web";

export type SdlEngine = Pick<
  typeof ChainSdkWeb,
  "generateManifest" | "generateManifestVersion" | "manifestToSortedJSON" | "validationSDLSchema"
>;

export type SdlValidationError = ChainSdkWeb.ValidationError;
export type GenerateManifestOk = Extract<ReturnType<SdlEngine["generateManifest"]>, { ok: true }>["value"];

/** The chain-sdk this console is built with (package.json pins it; a test keeps them equal). */
export { CHAIN_SDK_VERSION } from "../../../config/client-version";

let loading: Promise<SdlEngine> | null = null;

export function loadSdlEngine(): Promise<SdlEngine> {
  loading ??= import("@akashnetwork/chain-sdk/web").catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}

/** chain-sdk only distinguishes networks for legacy IBC denoms; everything else checks as mainnet. */
export function chainSdkNetworkId(kind: string): "mainnet" | "sandbox" {
  return kind === "sandbox" ? "sandbox" : "mainnet";
}
