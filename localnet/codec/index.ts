// Installs node v2.1's reclamation fields (AEP-82) into chain-sdk alpha.25's codecs once, and
// gives typed access to them. Import this module (not chain-sdk directly) wherever a reclamation
// field is read or written; chain-state.ts imports it, so every stored object carries them.
//   MsgCreateDeployment.reclamation = 5      Deployment.reclamation = 5     Order.reclamation = 5
//   MsgCreateBid.reclamation_window = 5      Bid.reclamation_window = 6     Lease.reclamation = 7
//   market Params.min_reclamation_window = 4, max_reclamation_window = 5 (non-nullable)
//   Lease.State reclaiming = 4
//   provider v1 Status.reclamation_window = 7 (the window the provider offers)

import { Deployment, Lease, type Lease_State } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { MsgCreateDeployment } from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import { Bid, MsgCreateBid, Order, Params } from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import { Status } from "@akashnetwork/chain-sdk/private-types/provider.akash.v1";
import { extendCodec, extendEnumName, type FieldExtension } from "./extend.ts";
import { DeploymentReclamation, Duration, Reclamation } from "./reclamation.ts";

export * from "./reclamation.ts";

/** Lease.State reclaiming (4), which alpha.25's Lease_State enum lacks. */
export const LEASE_RECLAIMING = 4 as Lease_State;

const zeroDuration = (): Duration => ({ seconds: 0n, nanos: 0 });

const durationField = (
  no: number,
  key: string,
  json: string,
  nullable: boolean,
): FieldExtension<Duration> => ({
  no,
  key,
  json,
  nullable,
  zero: zeroDuration,
  ...Duration,
});

const deploymentReclamation = (no: number): FieldExtension<DeploymentReclamation> => ({
  no,
  key: "reclamation",
  json: "reclamation",
  nullable: true,
  zero: () => ({ minWindow: zeroDuration() }),
  ...DeploymentReclamation,
});

extendCodec(MsgCreateDeployment, deploymentReclamation(5));
extendCodec(Deployment, deploymentReclamation(5));
extendCodec(Order, deploymentReclamation(5));
extendCodec(MsgCreateBid, durationField(5, "reclamationWindow", "reclamation_window", true));
extendCodec(Bid, durationField(6, "reclamationWindow", "reclamation_window", true));
extendCodec(Lease, {
  no: 7,
  key: "reclamation",
  json: "reclamation",
  nullable: true,
  zero: () => ({ window: zeroDuration(), startedAt: 0n, deadline: 0n, reason: 0 }),
  ...Reclamation,
});
extendEnumName(Lease, "state", LEASE_RECLAIMING, "reclaiming");
extendCodec(Params, durationField(4, "minReclamationWindow", "min_reclamation_window", false));
extendCodec(Params, durationField(5, "maxReclamationWindow", "max_reclamation_window", false));
extendCodec(Status, durationField(7, "reclamationWindow", "reclamation_window", true));

type Has<K extends string, V> = { [P in K]?: V };

/** The deployment's (or order's, or create message's) reclamation requirement, if any. */
export const reclamationOf = (m: object): DeploymentReclamation | undefined =>
  (m as Has<"reclamation", DeploymentReclamation>).reclamation ?? undefined;

export const leaseReclamation = (l: Lease): Reclamation | undefined =>
  (l as Has<"reclamation", Reclamation>).reclamation ?? undefined;

export function setLeaseReclamation(l: Lease, r: Reclamation | undefined): void {
  (l as Has<"reclamation", Reclamation>).reclamation = r;
}

export const reclamationWindowOf = (m: object): Duration | undefined =>
  (m as Has<"reclamationWindow", Duration>).reclamationWindow ?? undefined;

export const withReclamation = <T extends object>(m: T, reclamation: DeploymentReclamation | undefined) =>
  Object.assign(m, { reclamation });

export const withReclamationWindow = <T extends object>(m: T, reclamationWindow: Duration | undefined) =>
  Object.assign(m, { reclamationWindow });
