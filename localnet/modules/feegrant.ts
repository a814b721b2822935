// x/feegrant (cosmossdk.io/x/feegrant keeper.go, msg_server.go, module/abci.go): grant, revoke
// and prune fee allowances; UseGrantedFees for the ante handler when a tx names a fee granter;
// the EndBlocker that deletes allowances whose expiration has passed (200 a block).

import { fromBech32, toHex } from "@cosmjs/encoding";
import type { Grant } from "cosmjs-types/cosmos/feegrant/v1beta1/feegrant";
import {
  MsgGrantAllowance,
  MsgPruneAllowances,
  MsgRevokeAllowance,
} from "cosmjs-types/cosmos/feegrant/v1beta1/tx";
import { emit, type ExecContext } from "../chain/context.ts";
import { ChainError, SdkErr } from "../chain/errors.ts";
import { keys, type ChainState } from "../state/chain-state.ts";
import { ensureAccount } from "./auth.ts";
import type { Coin } from "./coins.ts";
import { acceptAllowance, expiresAt, tsNanos, validateAllowance } from "./feegrant-allowance.ts";
import type { MsgHandler } from "./types.ts";

function addrHex(addr: string): string {
  try {
    return toHex(fromBech32(addr).data);
  } catch {
    throw SdkErr.invalidAddress(`invalid address ${JSON.stringify(addr)}`);
  }
}

const allowanceKey = (granter: string, grantee: string) =>
  keys.feeAllowance(addrHex(granter), addrHex(grantee));

export function getFeeAllowance(state: ChainState, granter: string, grantee: string): Grant | undefined {
  return state.feeAllowances.get(allowanceKey(granter, grantee));
}

function requireAllowance(state: ChainState, granter: string, grantee: string): Grant {
  const g = getFeeAllowance(state, granter, grantee);
  if (!g?.allowance) throw SdkErr.notFound("fee-grant not found");
  return g;
}

const nowNs = (ctx: ExecContext) => BigInt(ctx.time.getTime()) * 1_000_000n;

export const msgGrantAllowance: MsgHandler<MsgGrantAllowance> = {
  typeUrl: "/cosmos.feegrant.v1beta1.MsgGrantAllowance",
  codec: MsgGrantAllowance,
  signers: (m) => [m.granter],
  handle(ctx, m) {
    if (m.grantee.toLowerCase() === m.granter.toLowerCase())
      throw SdkErr.invalidAddress("cannot self-grant fee authorization");
    const key = allowanceKey(m.granter, m.grantee);
    if (ctx.state.feeAllowances.has(key)) throw SdkErr.invalidRequest("fee allowance already exists");
    validateAllowance(m.allowance);
    const allowance = m.allowance!;
    ensureAccount(ctx.state, m.grantee);
    const exp = expiresAt(allowance);
    if (exp && tsNanos(exp) < nowNs(ctx))
      throw SdkErr.invalidRequest("expiration is before current block time");
    ctx.state.feeAllowances.set(key, { granter: m.granter, grantee: m.grantee, allowance });
    emit(ctx, "set_feegrant", { granter: m.granter, grantee: m.grantee });
  },
};

function revokeAllowance(ctx: ExecContext, granter: string, grantee: string): void {
  requireAllowance(ctx.state, granter, grantee);
  ctx.state.feeAllowances.delete(allowanceKey(granter, grantee));
  emit(ctx, "revoke_feegrant", { granter, grantee });
}

export const msgRevokeAllowance: MsgHandler<MsgRevokeAllowance> = {
  typeUrl: "/cosmos.feegrant.v1beta1.MsgRevokeAllowance",
  codec: MsgRevokeAllowance,
  signers: (m) => [m.granter],
  handle(ctx, m) {
    if (m.grantee === m.granter) throw SdkErr.invalidAddress("addresses must be different");
    addrHex(m.grantee);
    addrHex(m.granter);
    revokeAllowance(ctx, m.granter, m.grantee);
  },
};

/** Deletes up to `limit` allowances whose expiration is at or before the block time. */
export function removeExpiredAllowances(ctx: ExecContext, limit: number): void {
  const now = nowNs(ctx);
  const expired = ctx.state.feeAllowances
    .list()
    .map(({ key, value }) => ({ key, exp: value.allowance ? expiresAt(value.allowance) : undefined }))
    .filter((e): e is { key: string; exp: NonNullable<typeof e.exp> } => !!e.exp && tsNanos(e.exp) <= now)
    .sort((a, b) => (tsNanos(a.exp) < tsNanos(b.exp) ? -1 : tsNanos(a.exp) > tsNanos(b.exp) ? 1 : 0));
  for (const e of expired.slice(0, limit)) ctx.state.feeAllowances.delete(e.key);
}

export const msgPruneAllowances: MsgHandler<MsgPruneAllowances> = {
  typeUrl: "/cosmos.feegrant.v1beta1.MsgPruneAllowances",
  codec: MsgPruneAllowances,
  signers: (m) => [m.pruner],
  handle(ctx, m) {
    removeExpiredAllowances(ctx, 75);
    emit(ctx, "prune_feegrant", { pruner: m.pruner });
  },
};

/** x/feegrant EndBlocker. */
export function feegrantEndBlock(ctx: ExecContext): void {
  removeExpiredAllowances(ctx, 200);
}

/**
 * Keeper.UseGrantedFees as the ante's DeductFeeDecorator calls it: the allowance accepts the fee
 * (and the tx's message types) or the tx fails with "<granter> does not allow to pay fees for
 * <payer>: <reason>" under the reason's own code.
 */
export function useGrantedFees(
  ctx: ExecContext,
  granter: string,
  grantee: string,
  fee: Coin[],
  msgTypeUrls: string[],
): void {
  try {
    const grant = requireAllowance(ctx.state, granter, grantee);
    const r = acceptAllowance(grant.allowance!, { blockTime: ctx.time, fee, msgTypeUrls });
    const key = allowanceKey(granter, grantee);
    if (r.remove) {
      ctx.state.feeAllowances.delete(key);
      emit(ctx, "revoke_feegrant", { granter, grantee });
    } else {
      ctx.state.feeAllowances.set(key, { ...grant, allowance: r.updated });
    }
    emit(ctx, "use_feegrant", { granter, grantee });
  } catch (e) {
    if (!(e instanceof ChainError)) throw e;
    throw new ChainError(
      e.codespace,
      e.code,
      `${granter} does not allow to pay fees for ${grantee}: ${e.message}`,
    );
  }
}
