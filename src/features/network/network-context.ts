import { createContext, useContext } from "react";
import type { AppConfig } from "@/config/runtime-config";
import type { NetworkConfig } from "@/config/networks";
import type { EndpointPool } from "@/lib/endpoint-pool";
import type { RestClient } from "@/lib/rest-client";
import type { CustomEndpoints } from "./network-prefs";

export interface NetworkContextValue {
  appConfig: AppConfig;
  networks: NetworkConfig[];
  /** the selected network, with the user's custom endpoints first */
  network: NetworkConfig;
  rest: RestClient;
  rpcPool: EndpointPool;
  activeRest: string;
  activeRpc: string;
  custom: CustomEndpoints;
  selectNetwork(id: string): void;
  addCustomEndpoint(kind: "rpc" | "rest", url: string): void;
  removeCustomEndpoint(kind: "rpc" | "rest", url: string): void;
}

export const NetworkContext = createContext<NetworkContextValue | null>(null);

export function useNetwork(): NetworkContextValue {
  const value = useContext(NetworkContext);
  if (!value) throw new Error("useNetwork needs a <NetworkProvider> above it.");
  return value;
}
