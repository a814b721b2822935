// x/bme (burn-mint equilibrium): MsgMintACT queues a burn of AKT for ACT at the oracle price less
// the mint spread; MsgBurnACT the reverse. Queued records execute at the end of each epoch.

import {
  MsgMintACT,
  MsgBurnACT,
  MsgMintACTResponse,
  MsgBurnACTResponse,
  LedgerRecordStatus,
} from "@akashnetwork/chain-sdk/private-types/akash.v1";
import Long from "long";
import { DEPLOYMENT_DENOM, FEE_DENOM } from "../config.ts";
import { emit, type ExecContext } from "../chain/context.ts";
import { formatDec, parseDec, DEC_SCALE } from "../chain/dec.ts";
import { BmeErr } from "../chain/errors.ts";
import { pad } from "../state/store.ts";
import { BME_MODULE, burn, mint, parseCoin, transfer } from "./bank.ts";
import { requireAddress } from "./deployment.ts";
import type { MsgHandler } from "./types.ts";

export const bmeKey = (denom: string, toDenom: string, source: string, height: bigint, seq: bigint) =>
  `${denom}/${toDenom}/${source}/${pad(height)}/${pad(seq)}`;

export function parseBmeKey(key: string) {
  const [denom = "", toDenom = "", source = "", height = "0", sequence = "0"] = key.split("/");
  return {
    denom,
    toDenom,
    source,
    height: Long.fromString(String(BigInt(height))),
    sequence: Long.fromString(String(BigInt(sequence))),
  };
}

function queue(
  ctx: ExecContext,
  owner: string,
  to: string,
  coin: { denom: string; amount: string } | undefined,
  from: string,
  toDenom: string,
) {
  requireAddress(owner);
  if (to !== owner) throw BmeErr.invalidRequest("to must equal owner");
  const c = parseCoin(coin, "coins_to_burn");
  if (c.denom !== from || c.amount <= 0n)
    throw BmeErr.invalidRequest(`coins_to_burn must be positive ${from}`);
  // Coins leave the owner now so they cannot be spent twice while the record waits for epoch end.
  transfer(ctx, owner, BME_MODULE, [c]);
  const seq = ctx.state.metaNumber("bmeSeq") + 1n;
  ctx.state.setMetaNumber("bmeSeq", seq);
  ctx.state.bmePending.set(bmeKey(from, toDenom, owner, ctx.height, seq), {
    owner,
    to,
    coinsToBurn: { denom: c.denom, amount: c.amount.toString() },
    denomToMint: toDenom,
  });
  return {
    id: {
      denom: from,
      toDenom,
      source: owner,
      height: Long.fromString(ctx.height.toString()),
      sequence: Long.fromString(seq.toString()),
    },
    status: LedgerRecordStatus.ledger_record_status_pending,
  };
}

export const msgMintAct: MsgHandler<MsgMintACT> = {
  typeUrl: "/akash.bme.v1.MsgMintACT",
  codec: MsgMintACT,
  signers: (m) => [m.owner],
  handle: (ctx, m) =>
    MsgMintACTResponse.encode(queue(ctx, m.owner, m.to, m.coinsToBurn, FEE_DENOM, DEPLOYMENT_DENOM)).finish(),
};

export const msgBurnAct: MsgHandler<MsgBurnACT> = {
  typeUrl: "/akash.bme.v1.MsgBurnACT",
  codec: MsgBurnACT,
  signers: (m) => [m.owner],
  handle: (ctx, m) =>
    MsgBurnACTResponse.encode(queue(ctx, m.owner, m.to, m.coinsToBurn, DEPLOYMENT_DENOM, FEE_DENOM)).finish(),
};

/** End-of-epoch execution of pending records: burn from the module, mint to the recipient. */
export function bmeEndBlock(ctx: ExecContext): void {
  if (ctx.height % BigInt(ctx.bme.epochBlocks) !== 0n) return;
  const price = parseDec(ctx.bme.aktPriceUsd);
  const keep = BigInt(10_000 - ctx.bme.mintSpreadBps);
  for (const { key, value } of ctx.state.bmePending.list()) {
    const amount = BigInt(value.coinsToBurn?.amount ?? "0");
    const toAct = value.denomToMint === DEPLOYMENT_DENOM;
    const gross = toAct ? (amount * price) / DEC_SCALE : (amount * DEC_SCALE) / price;
    const minted = (gross * keep) / 10_000n;
    burn(ctx.state, BME_MODULE, value.coinsToBurn?.denom ?? "", amount);
    if (minted > 0n) mint(ctx.state, value.to, value.denomToMint, minted);
    ctx.state.bmePending.delete(key);
    const usd = formatDec(price);
    ctx.state.bmeLedger.set(key, {
      burnedFrom: value.owner,
      mintedTo: value.to,
      burner: BME_MODULE,
      minter: BME_MODULE,
      burned: { coin: value.coinsToBurn, price: toAct ? usd : formatDec(DEC_SCALE) },
      minted: {
        coin: { denom: value.denomToMint, amount: minted.toString() },
        price: toAct ? formatDec(DEC_SCALE) : usd,
      },
      remintCreditIssued: undefined,
      remintCreditAccrued: undefined,
    });
    emit(ctx, "akash.bme.v1.EventLedgerRecordExecuted", {
      id: JSON.stringify(key),
      minted: `${minted}${value.denomToMint}`,
    });
  }
}
