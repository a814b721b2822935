// x/bank: balances, transfers, module accounts, and MsgSend with ACT's send-disabled rule.

import { sha256 } from "@cosmjs/crypto";
import { toBech32 } from "@cosmjs/encoding";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { BECH32_PREFIX, SEND_DISABLED } from "../config.ts";
import { emit, type ExecContext } from "../chain/context.ts";
import { SdkErr, ChainError } from "../chain/errors.ts";
import { keys, type ChainState } from "../state/chain-state.ts";
import type { MsgHandler } from "./types.ts";
import { ensureAccount } from "./auth.ts";

export interface CoinAmount {
  denom: string;
  amount: bigint;
}

/** authtypes.NewModuleAddress: the first 20 bytes of sha256(module name). */
export function moduleAddress(name: string): string {
  return toBech32(BECH32_PREFIX, sha256(new TextEncoder().encode(name)).slice(0, 20));
}

export const ESCROW_MODULE = moduleAddress("escrow");
export const BME_MODULE = moduleAddress("bme");
export const FEE_COLLECTOR = moduleAddress("fee_collector");

export function balanceOf(state: ChainState, addr: string, denom: string): bigint {
  const c = state.balances.get(keys.balance(addr, denom));
  return c ? BigInt(c.amount) : 0n;
}

function setBalance(state: ChainState, addr: string, denom: string, amount: bigint): void {
  const key = keys.balance(addr, denom);
  if (amount === 0n) state.balances.delete(key);
  else state.balances.set(key, { denom, amount: amount.toString() });
}

export function allBalances(state: ChainState, addr: string): CoinAmount[] {
  return state.balances
    .list(`${addr}/`)
    .map(({ value }) => ({ denom: value.denom, amount: BigInt(value.amount) }));
}

export function mint(state: ChainState, addr: string, denom: string, amount: bigint): void {
  setBalance(state, addr, denom, balanceOf(state, addr, denom) + amount);
}

export function burn(state: ChainState, addr: string, denom: string, amount: bigint): void {
  const have = balanceOf(state, addr, denom);
  if (have < amount)
    throw SdkErr.insufficientFunds(`spendable balance ${have}${denom} is smaller than ${amount}${denom}`);
  setBalance(state, addr, denom, have - amount);
}

const fmt = (coins: CoinAmount[]) => coins.map((c) => `${c.amount}${c.denom}`).join(",");

/** Moves coins; emits the SDK's coin_spent / coin_received / transfer events. */
export function transfer(ctx: ExecContext, from: string, to: string, coins: CoinAmount[]): void {
  const nonZero = coins.filter((c) => c.amount > 0n);
  if (nonZero.length === 0) return;
  for (const c of nonZero) {
    const have = balanceOf(ctx.state, from, c.denom);
    if (have < c.amount) {
      throw SdkErr.insufficientFunds(
        `spendable balance ${have}${c.denom} is smaller than ${c.amount}${c.denom}`,
      );
    }
  }
  for (const c of nonZero) {
    setBalance(ctx.state, from, c.denom, balanceOf(ctx.state, from, c.denom) - c.amount);
    setBalance(ctx.state, to, c.denom, balanceOf(ctx.state, to, c.denom) + c.amount);
  }
  ensureAccount(ctx.state, to);
  emit(ctx, "coin_spent", { spender: from, amount: fmt(nonZero) });
  emit(ctx, "coin_received", { receiver: to, amount: fmt(nonZero) });
  emit(ctx, "transfer", { recipient: to, sender: from, amount: fmt(nonZero) });
}

export function parseCoin(c: { denom: string; amount: string } | undefined, what: string): CoinAmount {
  if (!c || !/^[a-z][a-z0-9/:._-]{2,127}$/.test(c.denom) || !/^\d+$/.test(c.amount)) {
    throw SdkErr.invalidCoins(`invalid ${what}: ${c ? `${c.amount}${c.denom}` : "empty"}`);
  }
  return { denom: c.denom, amount: BigInt(c.amount) };
}

export const msgSend: MsgHandler<MsgSend> = {
  typeUrl: "/cosmos.bank.v1beta1.MsgSend",
  codec: MsgSend,
  signers: (m) => [m.fromAddress],
  handle(ctx, m) {
    const coins = m.amount.map((c) => parseCoin(c, "amount"));
    if (coins.length === 0 || coins.some((c) => c.amount <= 0n)) throw SdkErr.invalidCoins(fmt(coins));
    for (const c of coins) {
      if (SEND_DISABLED.has(c.denom)) {
        throw new ChainError(
          "bank",
          5,
          `${c.denom} transfers are currently disabled: send transactions are disabled`,
        );
      }
    }
    transfer(ctx, m.fromAddress, m.toAddress, coins);
    emit(ctx, "message", { sender: m.fromAddress, module: "bank" });
  },
};
