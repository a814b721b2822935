// The deployment, market and escrow JSON shapes of the REST gateway (deployment v1beta4,
// market v1beta5, escrow v1), validated at the boundary. Only the fields the console reads.
import * as z from "zod/mini";
import { attribute, bidId, coin, list, pageResponse, str, u64 } from "@/lib/chain-json";

const resourceValue = z.nullish(z.object({ val: z.nullish(z.string()) }));

const resourceUnit = z.object({
  resource: z.object({
    cpu: z.nullish(z.object({ units: resourceValue })),
    memory: z.nullish(z.object({ quantity: resourceValue })),
    storage: list(z.object({ name: str, quantity: resourceValue, attributes: list(attribute) })),
    gpu: z.nullish(z.object({ units: resourceValue, attributes: list(attribute) })),
  }),
  count: z.number(),
  price: z.nullish(coin),
});
export type RawResourceUnit = z.output<typeof resourceUnit>;

export const groupSpec = z.object({
  name: str,
  requirements: z.nullish(
    z.object({
      signed_by: z.nullish(z.object({ all_of: list(z.string()), any_of: list(z.string()) })),
      attributes: list(attribute),
    }),
  ),
  resources: list(resourceUnit),
});
export type RawGroupSpec = z.output<typeof groupSpec>;

const group = z.object({
  id: z.object({ gseq: z.number() }),
  state: str,
  group_spec: groupSpec,
  created_at: z.nullish(u64),
});
export type RawGroup = z.output<typeof group>;

const deposit = z.object({ owner: str, height: z.nullish(u64), source: str, balance: z.nullish(coin) });

export const escrowAccount = z.object({
  id: z.nullish(z.object({ scope: str, xid: str })),
  state: z.object({
    owner: str,
    state: str,
    transferred: list(coin),
    settled_at: u64,
    funds: list(coin),
    deposits: list(deposit),
  }),
});
export type RawEscrowAccount = z.output<typeof escrowAccount>;

export const deploymentInfo = z.object({
  deployment: z.object({
    id: z.object({ owner: z.string(), dseq: u64 }),
    state: str,
    hash: str,
    created_at: u64,
    /** AEP-82: the SDL's minimum reclamation window ("3600s"), null when it set none */
    reclamation: z.nullish(z.object({ min_window: str })),
  }),
  groups: list(group),
  escrow_account: z.nullish(escrowAccount),
});
export type RawDeploymentInfo = z.output<typeof deploymentInfo>;

export const deploymentsPage = z.object({ deployments: list(deploymentInfo), pagination: pageResponse });

/**
 * AEP-82 (node v2.1), absent from chain-sdk alpha.25's types, so read from the gateway's JSON:
 * the window the winning bid offered ("86400s"), and once the provider started reclaiming, the
 * height it did, the deadline (unix seconds of block time) and its reason. Absent before v2.1.
 */
export const leaseReclamation = z.object({
  window: str,
  started_at: z.nullish(u64),
  deadline: z.nullish(z.union([u64, z.string().check(z.regex(/^-\d+$/))])),
  reason: str,
});
export type RawLeaseReclamation = z.output<typeof leaseReclamation>;

export const leaseEntry = z.object({
  lease: z.object({
    id: bidId,
    state: str,
    price: coin,
    created_at: z.nullish(u64),
    closed_on: z.nullish(u64),
    reason: z.nullish(z.string()),
    reclamation: z.nullish(leaseReclamation),
  }),
});
export type RawLeaseEntry = z.output<typeof leaseEntry>;

export const leasesPage = z.object({ leases: list(leaseEntry), pagination: pageResponse });
