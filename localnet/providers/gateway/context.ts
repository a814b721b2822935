// What the gateway needs from its provider: identity, authentication, the running workloads and
// the manifest service. Kept as an interface so routes stay independent of chain plumbing.
import type http from "node:http";
import type { Logger } from "../logger.ts";
import type { ProviderFault } from "../contract.ts";
import type { LeaseWorkload } from "../workloads/leaseWorkload.ts";
import type { AuthOutcome } from "./authenticate.ts";

export interface ManifestAnswer {
  status: number;
  /** Go http.Error text for failures; empty body on success */
  message?: string;
}

export interface GatewayContext {
  address: string;
  log: Logger;
  fault: () => ProviderFault | null;
  authenticate: (req: http.IncomingMessage) => Promise<AuthOutcome>;
  workload: (leaseKey: string) => LeaseWorkload | undefined;
  submitManifest: (owner: string, dseq: string, body: string) => Promise<ManifestAnswer>;
  manifestOf: (leaseKey: string) => string | undefined;
  providerStatus: () => unknown;
}

export const leaseKey = (
  owner: string,
  dseq: string | number,
  gseq: string | number,
  oseq: string | number,
): string => `${owner}/${dseq}/${gseq}/${oseq}`;
