// Owns which network the console talks to: the presets and runtime networks, the user's endpoints
// (health-checked, with failover), the REST client and RPC pool, the live block feed, and the
// chain's version discovery (a banner when the network asks for a newer client).
export { NetworkProvider } from "./NetworkProvider";
export { BlockFeedProvider, useBlockFeed } from "./BlockFeedProvider";
export { useNetwork, type NetworkContextValue } from "./network-context";
export { useLatestBlock } from "./hooks/use-latest-block";
export { useBlockTime } from "./hooks/use-block-time";
export { blockTimeQuery } from "./api/block-time";
export { NetworkStatus } from "./components/NetworkStatus";
export { UnreachableState, useNetworkUnreachable } from "./components/UnreachableState";
export { ClientVersionBanner } from "./components/ClientVersionBanner";
export { NetworkSettings } from "./components/NetworkSettings";
export { checkEndpoint, type EndpointHealth } from "./api/check-endpoint";
export { fetchLatestBlock, type LatestBlock } from "./api/latest-block";
export { networkKeys } from "./query-keys";
export { networkPrefsStore, type NetworkPrefs } from "./network-prefs";
