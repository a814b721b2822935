// Descriptors for escrow and bme: adding funds to a deployment (akash.escrow.v1, the only way
// since node v2) and minting ACT from AKT (akash.bme.v1, processed at the epoch's end).
import type { Coin, TxMessage } from "../types";
import { formatCoin } from "../utils/format-coin";
import { BALANCE_ONLY, fromWallet, fundingSentence, type DepositFunding } from "./deposit-funding";

export const ACCOUNT_DEPOSIT = "/akash.escrow.v1.MsgAccountDeposit";
export const MINT_ACT = "/akash.bme.v1.MsgMintACT";

/** akash.escrow.id.v1.Scope.deployment */
const SCOPE_DEPLOYMENT = 1;

export function accountDeposit(p: {
  signer: string;
  owner: string;
  dseq: string;
  amount: Coin;
  /** where the deposit comes from; the signer's balance when absent */
  funding?: DepositFunding;
}): TxMessage {
  const funding = p.funding ?? BALANCE_ONLY;
  const own = fromWallet(p.amount, funding);
  return {
    typeUrl: ACCOUNT_DEPOSIT,
    value: {
      signer: p.signer,
      id: { scope: SCOPE_DEPLOYMENT, xid: `${p.owner}/${p.dseq}` },
      deposit: { amount: p.amount, sources: funding.sources },
    },
    summary: {
      title: `Add funds to deployment ${p.dseq}`,
      details: [
        `Deposits ${formatCoin(p.amount)} into the deployment's escrow, extending how long it runs.`,
        ...(p.funding ? [fundingSentence(p.amount, funding)] : []),
      ],
      spends: BigInt(own.amount) > 0n ? [own] : [],
    },
  };
}

/** The conversion the console predicted: AKT/USD (= ACT per AKT) as shown, and the spread. */
export interface MintRate {
  aktUsd: string;
  spreadBps: number;
}

export function mintAct(p: {
  owner: string;
  burn: Coin;
  expected: Coin | null;
  rate?: MintRate | null;
}): TxMessage {
  const conversion =
    p.rate && p.expected
      ? `Burns ${formatCoin(p.burn)} at ${p.rate.aktUsd} ACT per AKT (the oracle's AKT/USD price), less the ${(p.rate.spreadBps / 100).toLocaleString("en-US")}% mint spread: you receive ${formatCoin(p.expected)}.`
      : `Burns ${formatCoin(p.burn)} for ACT at the oracle price, less the mint spread. The network reported no price, so the amount of ACT is not known in advance.`;
  return {
    typeUrl: MINT_ACT,
    value: { owner: p.owner, to: p.owner, coinsToBurn: p.burn },
    summary: {
      title: "Mint ACT from AKT",
      details: [
        conversion,
        "The ACT arrives at the end of the current BME mint epoch (a few blocks), not in this transaction, converted at the price of that moment.",
      ],
      spends: [p.burn],
    },
  };
}
