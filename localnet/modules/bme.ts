// x/bme (burn-mint equilibrium): MsgMintACT queues a burn of AKT for ACT at the oracle price less
// the mint spread; MsgBurnACT the reverse. Queued mints execute at the end of each epoch, burns
// at the end of the block that includes them.

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
import { formatDec } from "../chain/dec.ts";
import { BmeErr } from "../chain/errors.ts";
import { pad } from "../state/store.ts";
import { BME_MODULE, burn, mint, parseCoin, transfer } from "./bank.ts";
import { bmeSwap } from "./bme-convert.ts";
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

/**
 * EndBlocker: ACT burns (uact→uakt) settle every block; AKT burns (uakt→uact, MsgMintACT) only
 * at the end of each mint epoch, as in x/bme keeper/abci.go.
 */
export function bmeEndBlock(ctx: ExecContext): void {
  const epochEnd = ctx.height % BigInt(ctx.bme.epochBlocks) === 0n;
  for (const { key, value } of ctx.state.bmePending.list()) {
    const toAct = value.denomToMint === DEPLOYMENT_DENOM;
    if (toAct && !epochEnd) continue;
    const amount = BigInt(value.coinsToBurn?.amount ?? "0");
    const swap = bmeSwap(amount, toAct, ctx.bme);
    burn(ctx.state, BME_MODULE, value.coinsToBurn?.denom ?? "", amount);
    if (swap.received > 0n) mint(ctx.state, value.to, value.denomToMint, swap.received);
    // The spread is minted too and stays in the vault (keeper.executeBurnMint).
    if (swap.spread > 0n) mint(ctx.state, BME_MODULE, value.denomToMint, swap.spread);
    ctx.state.bmePending.delete(key);
    ctx.state.bmeLedger.set(key, {
      burnedFrom: value.owner,
      mintedTo: value.to,
      burner: BME_MODULE,
      minter: BME_MODULE,
      burned: { coin: value.coinsToBurn, price: formatDec(swap.priceFrom) },
      minted: {
        coin: { denom: value.denomToMint, amount: swap.minted.toString() },
        price: formatDec(swap.priceTo),
      },
      remintCreditIssued: undefined,
      remintCreditAccrued: undefined,
    });
    emit(ctx, "akash.bme.v1.EventLedgerRecordExecuted", {
      id: JSON.stringify(key),
      minted: `${swap.minted}${value.denomToMint}`,
      spread: `${swap.spread}${value.denomToMint}`,
    });
  }
}
