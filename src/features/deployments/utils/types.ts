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
  /** AEP-82: the SDL's minimum reclamation window in seconds, null when it set none */
  reclamationMinWindowSec?: number | null;
}

export interface LeaseView extends LeaseId {
  state: string;
  /** per block, as the lease (and its escrow payment) charges it */
  price: Amount;
  createdHeight: number;
  /** the height it closed at, 0 while open (absent in older fixtures) */
  closedOn?: number;
  /** why it closed ("lease_closed_reason_decommission"), "" while open */
  closedReason?: string;
  /** AEP-82: the window it carries and, once reclaiming, the deadline; null without one */
  reclamation?: LeaseReclamation | null;
}

/** AEP-82: a lease's reclamation, read from the gateway JSON (utils/reclamation.ts). */
export interface LeaseReclamation {
  /** the grace window the winning bid offered, in seconds */
  windowSec: number;
  /** set once the provider started reclaiming (MsgLeaseStartReclaim); null before */
  started: {
    height: number;
    /** unix seconds of block time after which the provider may close the lease */
    deadlineSec: number;
    reason: string;
  } | null;
}
