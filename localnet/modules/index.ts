// The message router: every supported Msg type URL and its handler, plus the cross-module hooks
// (escrow closing deployments and leases) and end-of-block work, wired in one place.

import type { Any } from "cosmjs-types/google/protobuf/any";
import { emit, type ExecContext } from "../chain/context.ts";
import { SdkErr } from "../chain/errors.ts";
import { msgGrant, msgRevoke, msgExec, setInnerExecutor } from "./authz.ts";
import { pruneExpiredGrants } from "./authz-send.ts";
import { msgSend } from "./bank.ts";
import { bmeEndBlock, msgBurnAct, msgMintAct } from "./bme.ts";
import { msgCreateCertificate, msgRevokeCertificate } from "./cert.ts";
import {
  msgCloseDeployment,
  msgCloseGroup,
  msgCreateDeployment,
  msgPauseGroup,
  msgStartGroup,
  msgUpdateDeployment,
  onDeploymentAccountClosed,
} from "./deployment.ts";
import { escrowHooks } from "./escrow.ts";
import { msgAccountDeposit } from "./escrow-msgs.ts";
import { feegrantEndBlock, msgGrantAllowance, msgPruneAllowances, msgRevokeAllowance } from "./feegrant.ts";
import {
  msgCloseBid,
  msgCloseLease,
  msgCreateBid,
  msgCreateLease,
  msgWithdrawLease,
  onLeasePaymentClosed,
} from "./market.ts";
import { msgLeaseStartReclaim } from "./market-reclaim.ts";
import {
  msgCreateProvider,
  msgDeleteProvider,
  msgDeleteProviderAttributes,
  msgSignProviderAttributes,
  msgUpdateProvider,
} from "./provider.ts";
import { erase, type AnyMsgHandler } from "./types.ts";

const handlers: AnyMsgHandler[] = [
  erase(msgSend),
  erase(msgCreateDeployment),
  erase(msgUpdateDeployment),
  erase(msgCloseDeployment),
  erase(msgCloseGroup),
  erase(msgPauseGroup),
  erase(msgStartGroup),
  erase(msgAccountDeposit),
  erase(msgCreateBid),
  erase(msgCloseBid),
  erase(msgCreateLease),
  erase(msgCloseLease),
  erase(msgWithdrawLease),
  erase(msgLeaseStartReclaim),
  erase(msgCreateProvider),
  erase(msgUpdateProvider),
  erase(msgDeleteProvider),
  erase(msgSignProviderAttributes),
  erase(msgDeleteProviderAttributes),
  erase(msgCreateCertificate),
  erase(msgRevokeCertificate),
  erase(msgGrant),
  erase(msgRevoke),
  erase(msgExec),
  erase(msgGrantAllowance),
  erase(msgRevokeAllowance),
  erase(msgPruneAllowances),
  erase(msgMintAct),
  erase(msgBurnAct),
];

const byType = new Map(handlers.map((h) => [h.typeUrl, h]));

escrowHooks.onAccountClosed.push(onDeploymentAccountClosed);
escrowHooks.onPaymentClosed.push(onLeasePaymentClosed);

export function supportedTypeUrls(): string[] {
  return [...byType.keys()];
}

function handlerFor(typeUrl: string): AnyMsgHandler {
  const h = byType.get(typeUrl);
  if (!h) throw SdkErr.unknownRequest(`unrecognized message type: ${typeUrl}`);
  return h;
}

export function decodeMsg(msg: Any): { handler: AnyMsgHandler; value: unknown } {
  const handler = handlerFor(msg.typeUrl);
  try {
    return { handler, value: handler.codec.decode(msg.value) };
  } catch (e) {
    throw SdkErr.txDecode(`cannot decode ${msg.typeUrl}: ${(e as Error).message}`);
  }
}

export function msgSigners(msg: Any): string[] {
  const { handler, value } = decodeMsg(msg);
  return handler.signers(value);
}

/** Runs one message; returns its Msg…Response bytes (empty message when the handler returns none). */
export function executeMsg(ctx: ExecContext, msg: Any): Uint8Array {
  const { handler, value } = decodeMsg(msg);
  const signer = handler.signers(value)[0] ?? "";
  emit(ctx, "message", { action: msg.typeUrl, sender: signer, module: moduleOf(msg.typeUrl) });
  return handler.handle(ctx, value) ?? new Uint8Array();
}

function moduleOf(typeUrl: string): string {
  const parts = typeUrl.replace(/^\//, "").split(".");
  return parts[0] === "cosmos" || parts[0] === "akash" ? (parts[1] ?? "") : (parts[0] ?? "");
}

setInnerExecutor({ signers: msgSigners, execute: executeMsg });

/** BeginBlocker work: x/authz prunes grants that expired by this block's time. */
export function beginBlock(ctx: ExecContext): void {
  pruneExpiredGrants(ctx);
}

/**
 * EndBlocker work: BME epoch processing and x/feegrant's expired-allowance pruning. Escrow has none: as in node v2 (x/escrow EndBlocker is a
 * no-op) accounts settle only when a message touches them (lease create/close, provider withdraw,
 * deployment close, a deposit into an overdrawn account).
 */
export function endBlock(ctx: ExecContext): void {
  bmeEndBlock(ctx);
  feegrantEndBlock(ctx);
}
