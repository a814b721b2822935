// x/auth: accounts with numbers, sequences and the public key learned from the first signed tx.

import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import type { ChainState } from "../state/chain-state.ts";

export function getAccount(state: ChainState, address: string): BaseAccount | undefined {
  return state.accounts.get(address);
}

/** Creates the account (next account number) if it does not exist yet, as bank sends do. */
export function ensureAccount(state: ChainState, address: string): BaseAccount {
  const existing = state.accounts.get(address);
  if (existing) return existing;
  const num = state.metaNumber("nextAccountNumber");
  const acc = BaseAccount.fromPartial({ address, accountNumber: num, sequence: 0n });
  state.setMetaNumber("nextAccountNumber", num + 1n);
  state.accounts.set(address, acc);
  return acc;
}
