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
  }),
  groups: list(group),
  escrow_account: z.nullish(escrowAccount),
});
export type RawDeploymentInfo = z.output<typeof deploymentInfo>;

export const deploymentsPage = z.object({ deployments: list(deploymentInfo), pagination: pageResponse });

export const leaseEntry = z.object({
  lease: z.object({
    id: bidId,
    state: str,
    price: coin,
    created_at: z.nullish(u64),
    closed_on: z.nullish(u64),
  }),
});
export type RawLeaseEntry = z.output<typeof leaseEntry>;

export const leasesPage = z.object({ leases: list(leaseEntry), pagination: pageResponse });
