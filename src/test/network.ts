// A network for component tests: REST at a fake origin the test's fetch answers, RPC at a port
// nothing listens on, so a test that forgets to fake a call fails instead of reaching out.
import type { NetworkConfig } from "@/config/networks";

export const TEST_NETWORK: NetworkConfig = {
  id: "test",
  name: "Test network",
  chainId: "test-1",
  kind: "custom",
  rpc: ["http://127.0.0.1:9"],
  rest: ["http://rest.test"],
  averageBlockTimeSec: 6,
  gasPrice: 0.025,
  feeDenom: "uakt",
  deploymentDenom: "uact",
  localWallet: false,
  txExplorer: null,
};
