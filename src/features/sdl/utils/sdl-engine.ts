// The parts of chain-sdk the studio uses, behind one type so the lint runs with the real SDK in
// the browser (loaded lazily: it is heavy and only SDL pages need it) and in Node (the bench).
import type * as ChainSdkWeb from "@akashnetwork/chain-sdk/web";

export type SdlEngine = Pick<
  typeof ChainSdkWeb,
  "generateManifest" | "generateManifestVersion" | "manifestToSortedJSON"
>;

export type SdlValidationError = ChainSdkWeb.ValidationError;
export type GenerateManifestOk = Extract<ReturnType<SdlEngine["generateManifest"]>, { ok: true }>["value"];

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

/** chain-sdk's SDL JSON schema, for the editor's completion and hover. */
export async function loadSdlSchema(): Promise<object> {
  const sdk = await import("@akashnetwork/chain-sdk/web");
  return sdk.validationSDLSchema;
}
