// Genesis: funds the named accounts with AKT (fees) and ACT (deployments) and creates their
// auth accounts, so the first signed tx of each finds an account number on chain.

import { DEPLOYMENT_DENOM, FEE_DENOM, GENESIS_FUNDS } from "../config.ts";
import { ensureAccount } from "../modules/auth.ts";
import { mint } from "../modules/bank.ts";
import type { ChainState } from "./chain-state.ts";
import type { NamedAccount } from "./accounts.ts";

function fundsFor(name: string): { uakt: bigint; uact: bigint } {
  if (name.startsWith("provider-")) return GENESIS_FUNDS.provider;
  if (name === "auditor") return GENESIS_FUNDS.auditor;
  return GENESIS_FUNDS.tenant;
}

export function applyGenesis(state: ChainState, accounts: NamedAccount[]): void {
  for (const a of accounts) {
    ensureAccount(state, a.address);
    const f = fundsFor(a.name);
    mint(state, a.address, FEE_DENOM, f.uakt);
    mint(state, a.address, DEPLOYMENT_DENOM, f.uact);
  }
  state.store.commit();
}

/** Accounts added to an existing data dir (more providers) are funded on the next start. */
export function fundMissing(state: ChainState, accounts: NamedAccount[]): void {
  const missing = accounts.filter((a) => !state.accounts.get(a.address));
  if (missing.length > 0) applyGenesis(state, missing);
}
