// The ante handler: fee, public key, sequence and signature checks in the SDK's decorator order
// (DeductFee → SetPubKey → SigVerification → IncrementSequence), with the SDK's error codes.

import { sha256, ripemd160 } from "@cosmjs/crypto";
import { toBech32, toBase64 } from "@cosmjs/encoding";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { SignDoc } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { BECH32_PREFIX, FEE_DENOM, MIN_GAS_PRICE } from "../config.ts";
import type { ChainState } from "../state/chain-state.ts";
import { transfer, balanceOf, FEE_COLLECTOR } from "../modules/bank.ts";
import { useGrantedFees } from "../modules/feegrant.ts";
import { emit, type ExecContext } from "./context.ts";
import { SdkErr } from "./errors.ts";
import { ANTE_GAS } from "./gas.ts";
import type { DecodedTx } from "./tx-decode.ts";
import { verifyAminoSignature } from "./amino.ts";
import { verifySecp256k1 } from "./secp256k1.ts";

export type AnteMode = "check" | "deliver" | "simulate";

export interface AnteOptions {
  mode: AnteMode;
  /** sequences already promised to mempool txs, per address (CheckTx only) */
  pendingSeq?: (addr: string) => bigint;
  /**
   * Per-signer signature validity, computed beforehand by verifyTxSignatures. The ante itself is
   * synchronous so no other request can observe its half-applied writes.
   */
  sigOk?: boolean[];
}

/** Gas the ante handler charges; fixed by tx shape so simulate equals delivery. */
export function anteGas(tx: DecodedTx): number {
  const n = tx.signers.length;
  return (
    ANTE_GAS.txSizePerByte * (tx.raw.bodyBytes.length + n * (ANTE_GAS.signatureBytes + 100)) +
    n * ANTE_GAS.secp256k1Verify +
    ANTE_GAS.feeDeduction
  );
}

export function requiredFee(gasLimit: bigint): bigint {
  const num = gasLimit * MIN_GAS_PRICE.numerator;
  return (num + MIN_GAS_PRICE.denominator - 1n) / MIN_GAS_PRICE.denominator;
}

export function pubkeyAddress(compressed: Uint8Array): string {
  return toBech32(BECH32_PREFIX, ripemd160(sha256(compressed)));
}

/** The fee's coins; in CheckTx they must meet the minimum gas price (the validator's fee checker). */
function feeCoins(tx: DecodedTx, mode: AnteMode): { denom: string; amount: bigint }[] {
  const coins = (tx.authInfo.fee?.amount ?? []).map((c) => ({
    denom: c.denom,
    amount: BigInt(c.amount || "0"),
  }));
  if (mode !== "check") return coins;
  const uakt = coins.find((c) => c.denom === FEE_DENOM)?.amount ?? 0n;
  const required = requiredFee(tx.gasLimit);
  if (uakt < required) {
    const got = coins.map((c) => `${c.amount}${c.denom}`).join(",") || "0uakt";
    throw SdkErr.insufficientFee(`insufficient fees; got: ${got} required: ${required}${FEE_DENOM}`);
  }
  return coins;
}

/**
 * DeductFeeDecorator: the fee payer is fee.payer or the first signer; with fee.granter set (and
 * not the payer itself) the granter's allowance must accept the fee, and the granter pays.
 */
function deductFee(ctx: ExecContext, tx: DecodedTx, mode: AnteMode): void {
  const coins = feeCoins(tx, mode).filter((c) => c.amount > 0n);
  const payer = tx.authInfo.fee?.payer || tx.signers[0] || "";
  const granter = tx.authInfo.fee?.granter || "";
  let from = payer;
  if (granter) {
    if (granter !== payer)
      useGrantedFees(
        ctx,
        granter,
        payer,
        coins,
        tx.body.messages.map((m) => m.typeUrl),
      );
    from = granter;
  }
  if (!ctx.state.accounts.get(from)) throw SdkErr.unknownAddress(`fee payer address: ${from} does not exist`);
  for (const c of coins) {
    const have = balanceOf(ctx.state, from, c.denom);
    if (have < c.amount)
      throw SdkErr.insufficientFunds(
        `spendable balance ${have}${c.denom} is smaller than ${c.amount}${c.denom}: insufficient funds`,
      );
  }
  if (coins.length > 0) transfer(ctx, from, FEE_COLLECTOR, coins);
  const fee = coins.map((c) => `${c.amount}${c.denom}`).join(",");
  emit(ctx, "tx", { fee, fee_payer: from });
}

export function runAnte(ctx: ExecContext, tx: DecodedTx, opts: AnteOptions): void {
  const { state } = ctx;
  if (tx.authInfo.signerInfos.length !== tx.signers.length) {
    throw SdkErr.unauthorized(
      `wrong number of signers; expected ${tx.signers.length}, got ${tx.authInfo.signerInfos.length}`,
    );
  }
  if (opts.mode !== "simulate" && tx.raw.signatures.length !== tx.signers.length) {
    throw SdkErr.unauthorized(
      `invalid number of signatures; expected: ${tx.signers.length}, got ${tx.raw.signatures.length}`,
    );
  }
  if (opts.mode !== "simulate" && tx.gasLimit <= 0n)
    throw SdkErr.invalidGasLimit("gas limit must be positive");
  deductFee(ctx, tx, opts.mode);
  for (const s of tx.signers)
    if (!state.accounts.get(s)) throw SdkErr.unknownAddress(`account ${s} not found`);
  for (let i = 0; i < tx.signers.length; i++) checkSigner(ctx, tx, i, opts);
}

function checkSigner(ctx: ExecContext, tx: DecodedTx, i: number, opts: AnteOptions): void {
  const addr = tx.signers[i] as string;
  const info = tx.authInfo.signerInfos[i];
  const acc = ctx.state.accounts.get(addr);
  if (!acc || !info) throw SdkErr.unknownAddress(`account ${addr} not found`);
  let pub = acc.pubKey ? PubKey.decode(acc.pubKey.value).key : undefined;
  if (info.publicKey) {
    if (info.publicKey.typeUrl !== "/cosmos.crypto.secp256k1.PubKey")
      throw SdkErr.invalidPubKey(`unsupported key type ${info.publicKey.typeUrl}`);
    const given = PubKey.decode(info.publicKey.value).key;
    if (pubkeyAddress(given) !== addr)
      throw SdkErr.invalidPubKey(`pubKey does not match signer address ${addr} with signer index: ${i}`);
    if (!pub) {
      pub = given;
      acc.pubKey = info.publicKey;
    }
  }
  if (!pub) throw SdkErr.invalidPubKey(`pubkey on account is not set`);
  const expected = acc.sequence + (opts.pendingSeq?.(addr) ?? 0n);
  if (info.sequence !== expected) {
    throw SdkErr.invalidSequence(`account sequence mismatch, expected ${expected}, got ${info.sequence}`);
  }
  if (opts.mode !== "simulate" && opts.sigOk?.[i] !== true) {
    throw SdkErr.unauthorized(
      `signature verification failed; please verify account number (${acc.accountNumber}), sequence (${info.sequence}) and chain-id (${ctx.chainId})`,
    );
  }
  emit(ctx, "tx", { acc_seq: `${addr}/${info.sequence}` });
  if (opts.mode !== "simulate")
    emit(ctx, "tx", { signature: toBase64(tx.raw.signatures[i] ?? new Uint8Array()) });
  acc.sequence = acc.sequence + 1n;
  ctx.state.accounts.set(addr, acc);
}

/** Verifies every signature against the signer's account number and the signerInfo sequence; reads state only. */
export async function verifyTxSignatures(
  state: ChainState,
  chainId: string,
  tx: DecodedTx,
): Promise<boolean[]> {
  return Promise.all(
    tx.signers.map(async (addr, i) => {
      const acc = state.accounts.get(addr);
      const info = tx.authInfo.signerInfos[i];
      if (!acc || !info) return false;
      const pub = acc.pubKey
        ? PubKey.decode(acc.pubKey.value).key
        : info.publicKey
          ? PubKey.decode(info.publicKey.value).key
          : undefined;
      const sig = tx.raw.signatures[i];
      if (!pub || !sig || sig.length !== 64) return false;
      try {
        return await verifyOne(tx, i, sig, pub, chainId, acc.accountNumber, info.sequence);
      } catch {
        return false;
      }
    }),
  );
}

async function verifyOne(
  tx: DecodedTx,
  i: number,
  sig: Uint8Array,
  pub: Uint8Array,
  chainId: string,
  accountNumber: bigint,
  sequence: bigint,
): Promise<boolean> {
  const mode = tx.authInfo.signerInfos[i]?.modeInfo?.single?.mode;
  if (mode === SignMode.SIGN_MODE_DIRECT) {
    const doc = SignDoc.encode({
      bodyBytes: tx.raw.bodyBytes,
      authInfoBytes: tx.raw.authInfoBytes,
      chainId,
      accountNumber,
    }).finish();
    return verifySecp256k1(sig, doc, pub);
  }
  if (mode === SignMode.SIGN_MODE_LEGACY_AMINO_JSON)
    return verifyAminoSignature(tx, sig, pub, chainId, accountNumber, sequence);
  return false;
}
