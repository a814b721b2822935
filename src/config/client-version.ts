// What this console is, as a client of the chain: the chain-sdk it is built with (package.json
// pins it; a test keeps them equal) and the module API versions its messages and queries use.
// Discovery (/akash/discovery/v1/info) is compared with these to say when a network asks for a
// newer client.
export const CHAIN_SDK_VERSION = "1.0.0-alpha.25";

/** module → the version this console sends and queries (chain-sdk 1.0.0-alpha.25's types) */
export const CLIENT_MODULES: Readonly<Record<string, string>> = {
  audit: "v1",
  cert: "v1",
  deployment: "v1beta4",
  escrow: "v1",
  market: "v1beta5",
  provider: "v1beta4",
};
