// Version discovery (node v2.1, chain-sdk go/node/client): what the node's VersionRegistry
// answers on GET /akash/discovery/v1/info (gRPC-gateway, {info: Akash}) and on the CometBFT
// JSON-RPC method "akash" (the bare Akash message). The node builds it with
// DefaultRegistry(WithChainID, WithNodeVersion) (cmd/akash/cmd/app_creator.go): v1beta4 then
// v1beta3 with the same module versions, client_info = the oldest, and min_client_version as the
// operator set it (WithMinClientVersion; none by default, the admin endpoint sets one for tests).
import { NODE_VERSION } from "../config.ts";

const MODULES = [
  ["audit", "v1"],
  ["bme", "v1"],
  ["cert", "v1"],
  ["deployment", "v1beta4"],
  ["escrow", "v1"],
  ["market", "v1beta5"],
  ["oracle", "v2"],
  ["provider", "v1beta4"],
  // listed by chain-sdk's registry although the v2.0.0 upgrade removed x/take from the node
  ["take", "v1"],
  ["wasm", "v1"],
] as const;

const SUPPORTED = ["v1beta4", "v1beta3"];

/**
 * The Akash message as JSON. The gateway (jsonpb, EmitDefaults) prints the empty features list as
 * []; CometBFT's JSON encoder prints the Go nil slice as null.
 */
export function discoveryInfo(
  chainId: string,
  emptyList: [] | null,
  minClientVersion = "",
): Record<string, unknown> {
  return {
    client_info: { api_version: SUPPORTED[SUPPORTED.length - 1] },
    supported_versions: SUPPORTED.map((api_version) => ({
      api_version,
      modules: MODULES.map(([module, version]) => ({ module, version })),
      features: emptyList,
    })),
    chain_id: chainId,
    node_version: NODE_VERSION,
    min_client_version: minClientVersion,
  };
}
