// x/deployment (v1beta4): deployments and their groups; creating one opens an order per group
// and an escrow account funded in uact, as node v2 requires.

import {
  MsgCreateDeployment,
  MsgUpdateDeployment,
  MsgCloseDeployment,
  MsgCloseGroup,
  MsgPauseGroup,
  MsgStartGroup,
  Group,
  Group_State,
  type GroupSpec,
} from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import {
  Deployment,
  Deployment_State,
  EventDeploymentCreated,
  EventDeploymentUpdated,
  EventDeploymentClosed,
  EventGroupClosed,
  EventGroupPaused,
  EventGroupStarted,
  Scope,
  type Types_Account,
} from "@akashnetwork/chain-sdk/private-types/akash.v1";
import Long from "long";
import { fromBech32 } from "@cosmjs/encoding";
import { durationNanos, reclamationOf, withReclamation, type DeploymentReclamation } from "../codec/index.ts";
import { DEPLOYMENT_DENOM, DEPLOYMENT_PARAMS, FEE_DENOM } from "../config.ts";
import { emitTyped, type ExecContext } from "../chain/context.ts";
import { normDecCoin, parseDec } from "../chain/dec.ts";
import { DeploymentErr, SdkErr } from "../chain/errors.ts";
import { keys, type DeploymentKey, type GroupKey } from "../state/chain-state.ts";
import { parseCoin } from "./bank.ts";
import { accountClose, accountCreate, authorizeDeposits } from "./escrow.ts";
import { createOrder, onGroupClosed } from "./market-orders.ts";
import type { MsgHandler } from "./types.ts";

export const deploymentXid = (id: DeploymentKey) => `${id.owner}/${id.dseq.toString()}`;

export function requireAddress(addr: string, err: (d?: string) => Error = SdkErr.invalidAddress): void {
  try {
    if (fromBech32(addr).prefix !== "akash") throw new Error("prefix");
  } catch {
    throw err(`invalid address ${JSON.stringify(addr)}`);
  }
}

function validateGroupSpec(spec: GroupSpec): string {
  if (!spec.name) throw DeploymentErr.groupSpec("empty group name");
  if (spec.resources.length === 0) throw DeploymentErr.groupSpec("group has no resources");
  let denom = "";
  for (const ru of spec.resources) {
    if (ru.count <= 0) throw DeploymentErr.groupSpec("resource count must be positive");
    if (!ru.price || !ru.price.denom) throw DeploymentErr.invalidPrice("missing price");
    if (parseDec(ru.price.amount) <= 0n) throw DeploymentErr.invalidPrice("price must be positive");
    if (denom && ru.price.denom !== denom) throw DeploymentErr.invalidPrice("mixed price denominations");
    denom = ru.price.denom;
  }
  return denom;
}

function validateCreate(m: MsgCreateDeployment): { denom: string } {
  const id = m.id;
  if (!id) throw DeploymentErr.invalidDeploymentId("missing id");
  requireAddress(id.owner, DeploymentErr.invalidDeploymentId);
  if (id.dseq.isZero()) throw DeploymentErr.invalidDeploymentId("dseq must not be zero");
  if (m.groups.length === 0) throw DeploymentErr.invalidGroups("empty groups");
  if (m.hash.length === 0) throw DeploymentErr.emptyHash();
  if (m.hash.length !== 32) throw DeploymentErr.invalidHash(`hash length ${m.hash.length} != 32`);
  const rec = reclamationOf(m);
  if (rec && durationNanos(rec.minWindow) < 0n)
    throw DeploymentErr.invalidReclamation("min_window must be >= 0");
  const names = new Set<string>();
  let denom = "";
  for (const g of m.groups) {
    if (names.has(g.name)) throw DeploymentErr.duplicateGroupName(g.name);
    names.add(g.name);
    denom = validateGroupSpec(g);
  }
  return { denom };
}

export const msgCreateDeployment: MsgHandler<MsgCreateDeployment> = {
  typeUrl: "/akash.deployment.v1beta4.MsgCreateDeployment",
  codec: MsgCreateDeployment,
  signers: (m) => [m.id?.owner ?? ""],
  handle(ctx, m) {
    const { denom } = validateCreate(m);
    const id = m.id as NonNullable<typeof m.id>;
    if (ctx.state.deployments.has(keys.deployment(id))) throw DeploymentErr.exists();
    const deposit = parseCoin(m.deposit?.amount, "deposit");
    if (denom !== DEPLOYMENT_DENOM)
      throw DeploymentErr.invalidPrice(`group price denom must be ${DEPLOYMENT_DENOM}, got ${denom}`);
    if (deposit.denom === FEE_DENOM)
      throw DeploymentErr.invalidDeposit("AKT deposits only via AccountDeposit");
    if (deposit.denom !== denom)
      throw DeploymentErr.invalidDeposit(`deposit denom ${deposit.denom} != price denom ${denom}`);
    const min = DEPLOYMENT_PARAMS.minDeposits.find((c) => c.denom === deposit.denom);
    if (!min || deposit.amount < BigInt(min.amount)) {
      throw DeploymentErr.invalidDeposit(
        `deposit ${deposit.amount}${deposit.denom} below minimum ${min?.amount ?? "?"}${deposit.denom}`,
      );
    }
    const reclamation = reclamationOf(m);
    checkReclamationBounds(ctx, reclamation);
    const created = Long.fromString(ctx.height.toString());
    ctx.state.deployments.set(
      keys.deployment(id),
      withReclamation(
        Deployment.fromPartial({ id, state: Deployment_State.active, hash: m.hash, createdAt: created }),
        reclamation,
      ),
    );
    emitTyped(ctx, EventDeploymentCreated, EventDeploymentCreated.fromPartial({ id, hash: m.hash }));
    m.groups.forEach((raw, i) => {
      const spec = {
        ...raw,
        resources: raw.resources.map((r) => ({ ...r, price: r.price && normDecCoin(r.price) })),
      };
      const gid = { owner: id.owner, dseq: id.dseq, gseq: i + 1 };
      ctx.state.groups.set(
        keys.group(gid),
        Group.fromPartial({ id: gid, state: Group_State.open, groupSpec: spec, createdAt: created }),
      );
      createOrder(ctx, gid, spec, reclamation);
    });
    const depositors = authorizeDeposits(ctx, id.owner, deposit, m.deposit?.sources ?? [], Scope.deployment);
    accountCreate(ctx, Scope.deployment, deploymentXid(id), id.owner, depositors);
  },
};

/** The SDL's reclamation window must lie within the market params' bounds (x/deployment v2.1). */
function checkReclamationBounds(ctx: ExecContext, r: DeploymentReclamation | undefined): void {
  if (!r) return;
  const w = durationNanos(r.minWindow);
  if (w < durationNanos(ctx.market.minReclamationWindow))
    throw DeploymentErr.invalidReclamation("min_window below governance minimum");
  if (w > durationNanos(ctx.market.maxReclamationWindow))
    throw DeploymentErr.invalidReclamation("min_window above governance maximum");
}

function activeDeployment(ctx: ExecContext, id: DeploymentKey | undefined): Deployment {
  if (!id) throw DeploymentErr.invalidDeploymentId("missing id");
  const d = ctx.state.deployments.get(keys.deployment(id));
  if (!d) throw DeploymentErr.notFound();
  if (d.state !== Deployment_State.active) throw DeploymentErr.closed();
  return d;
}

export const msgUpdateDeployment: MsgHandler<MsgUpdateDeployment> = {
  typeUrl: "/akash.deployment.v1beta4.MsgUpdateDeployment",
  codec: MsgUpdateDeployment,
  signers: (m) => [m.id?.owner ?? ""],
  handle(ctx, m) {
    if (m.hash.length !== 32) throw DeploymentErr.invalidHash(`hash length ${m.hash.length} != 32`);
    const d = activeDeployment(ctx, m.id);
    if (Buffer.from(d.hash).equals(Buffer.from(m.hash)))
      throw DeploymentErr.invalidRequest("deployment hash unchanged");
    d.hash = m.hash;
    ctx.state.deployments.set(keys.deployment(m.id as DeploymentKey), d);
    emitTyped(ctx, EventDeploymentUpdated, EventDeploymentUpdated.fromPartial({ id: m.id, hash: m.hash }));
  },
};

export const msgCloseDeployment: MsgHandler<MsgCloseDeployment> = {
  typeUrl: "/akash.deployment.v1beta4.MsgCloseDeployment",
  codec: MsgCloseDeployment,
  signers: (m) => [m.id?.owner ?? ""],
  handle(ctx, m) {
    activeDeployment(ctx, m.id);
    // Everything else (deployment, groups, orders, bids, leases) closes through the escrow hook.
    accountClose(ctx, Scope.deployment, deploymentXid(m.id as DeploymentKey));
  },
};

function loadGroup(ctx: ExecContext, id: GroupKey | undefined): Group {
  if (!id) throw DeploymentErr.groupNotFound();
  const g = ctx.state.groups.get(keys.group(id));
  if (!g) throw DeploymentErr.groupNotFound();
  return g;
}

function setGroupState(ctx: ExecContext, g: Group, state: Group_State): void {
  g.state = state;
  ctx.state.groups.set(keys.group(g.id as GroupKey), g);
}

export const msgCloseGroup: MsgHandler<MsgCloseGroup> = {
  typeUrl: "/akash.deployment.v1beta4.MsgCloseGroup",
  codec: MsgCloseGroup,
  signers: (m) => [m.id?.owner ?? ""],
  handle(ctx, m) {
    const g = loadGroup(ctx, m.id);
    if (g.state === Group_State.closed) throw DeploymentErr.groupClosed();
    setGroupState(ctx, g, Group_State.closed);
    emitTyped(ctx, EventGroupClosed, EventGroupClosed.fromPartial({ id: m.id }));
    onGroupClosed(ctx, m.id as GroupKey);
  },
};

export const msgPauseGroup: MsgHandler<MsgPauseGroup> = {
  typeUrl: "/akash.deployment.v1beta4.MsgPauseGroup",
  codec: MsgPauseGroup,
  signers: (m) => [m.id?.owner ?? ""],
  handle(ctx, m) {
    const g = loadGroup(ctx, m.id);
    if (g.state === Group_State.closed) throw DeploymentErr.groupClosed();
    if (g.state === Group_State.paused) throw DeploymentErr.groupPaused();
    setGroupState(ctx, g, Group_State.paused);
    emitTyped(ctx, EventGroupPaused, EventGroupPaused.fromPartial({ id: m.id }));
    onGroupClosed(ctx, m.id as GroupKey);
  },
};

export const msgStartGroup: MsgHandler<MsgStartGroup> = {
  typeUrl: "/akash.deployment.v1beta4.MsgStartGroup",
  codec: MsgStartGroup,
  signers: (m) => [m.id?.owner ?? ""],
  handle(ctx, m) {
    const g = loadGroup(ctx, m.id);
    if (g.state === Group_State.closed) throw DeploymentErr.groupClosed();
    if (g.state === Group_State.open) throw DeploymentErr.groupOpen();
    const d = activeDeployment(ctx, m.id);
    setGroupState(ctx, g, Group_State.open);
    emitTyped(ctx, EventGroupStarted, EventGroupStarted.fromPartial({ id: m.id }));
    if (g.groupSpec) createOrder(ctx, m.id as GroupKey, g.groupSpec, reclamationOf(d));
  },
};

/** x/deployment OnBidClosed: a provider closing its leased bid pauses the group (no new order). */
export function pauseGroupForClosedBid(ctx: ExecContext, id: GroupKey): void {
  const g = loadGroup(ctx, id);
  setGroupState(ctx, g, Group_State.paused);
  emitTyped(ctx, EventGroupPaused, EventGroupPaused.fromPartial({ id: g.id }));
}

/** Escrow hook: a closed or overdrawn deployment account closes the deployment and its groups. */
export function onDeploymentAccountClosed(ctx: ExecContext, acc: Types_Account): void {
  if (acc.id?.scope !== Scope.deployment) return;
  const [owner, dseq] = acc.id.xid.split("/");
  if (!owner || !dseq) return;
  const id = { owner, dseq: BigInt(dseq) };
  const d = ctx.state.deployments.get(keys.deployment(id));
  if (!d || d.state !== Deployment_State.active) return;
  d.state = Deployment_State.closed;
  ctx.state.deployments.set(keys.deployment(id), d);
  emitTyped(ctx, EventDeploymentClosed, EventDeploymentClosed.fromPartial({ id: d.id }));
  const overdrawn = acc.state?.state === 3;
  for (const { value: g } of ctx.state.groups.list(`${keys.deployment(id)}/`)) {
    if (g.state === Group_State.closed || !g.id) continue;
    setGroupState(ctx, g, overdrawn ? Group_State.insufficient_funds : Group_State.closed);
    emitTyped(ctx, EventGroupClosed, EventGroupClosed.fromPartial({ id: g.id }));
    onGroupClosed(ctx, g.id, overdrawn);
  }
}
