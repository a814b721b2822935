// Owns which network the console talks to: the presets and runtime networks, the user's endpoints
// (health-checked, with failover), the REST client and RPC pool, and the live block feed.
export { NetworkProvider } from "./NetworkProvider";
export { BlockFeedProvider, useBlockFeed } from "./BlockFeedProvider";
export { useNetwork, type NetworkContextValue } from "./network-context";
export { useLatestBlock } from "./hooks/use-latest-block";
export { useBlockTime } from "./hooks/use-block-time";
export { NetworkStatus } from "./components/NetworkStatus";
export { NetworkSettings } from "./components/NetworkSettings";
export { checkEndpoint, type EndpointHealth } from "./api/check-endpoint";
export { fetchLatestBlock, type LatestBlock } from "./api/latest-block";
export { networkKeys } from "./query-keys";
