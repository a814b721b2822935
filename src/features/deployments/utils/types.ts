// View types of the deployments feature: what the pages render, decoupled from the chain JSON.
import type { LeaseId } from "@/lib/chain-json";
import type { ResourceSummary } from "./resources";

/** An amount in the denom's smallest unit (uact, uakt); fractional for DecCoin values. */
export interface Amount {
  denom: string;
  amount: number;
}

export interface EscrowDeposit {
  owner: string;
  height: number;
  source: string;
  balance: Amount | null;
}

export interface EscrowView {
  state: string;
  settledAt: number;
  funds: Amount[];
  transferred: Amount[];
  deposits: EscrowDeposit[];
}

export interface Placement {
  attributes: { key: string; value: string }[];
  signedByAllOf: string[];
  signedByAnyOf: string[];
}

export interface GroupView {
  gseq: number;
  name: string;
  state: string;
  resources: ResourceSummary;
  placement: Placement;
  /** the GPU requirement keys of its GPU units ("vendor/nvidia/model/h100/ram/80Gi") */
  gpuKeys: string[];
  /** the most a tenant accepts per block for the whole group */
  maxPrice: Amount | null;
}

export interface DeploymentView {
  owner: string;
  dseq: string;
  state: string;
  createdHeight: number;
  groups: GroupView[];
  resources: ResourceSummary;
  escrow: EscrowView | null;
}

export interface LeaseView extends LeaseId {
  state: string;
  /** per block, as the lease (and its escrow payment) charges it */
  price: Amount;
  createdHeight: number;
}
