// Grants and allowances grouped by the other wallet: one row per counterparty, as the grants page
// lists them (given: by grantee; held: by granter).
import { DEPOSIT_AUTHZ_TYPE, type AuthzGrantView, type FeeAllowanceView } from "../api/grant-json";

export interface CounterpartyRow {
  address: string;
  deposit: AuthzGrantView | null;
  fee: FeeAllowanceView | null;
  /** other authz grants (send, generic…), by type */
  others: AuthzGrantView[];
}

export function groupByCounterparty(
  side: "given" | "held",
  grants: AuthzGrantView[],
  allowances: FeeAllowanceView[],
): CounterpartyRow[] {
  const rows = new Map<string, CounterpartyRow>();
  const row = (address: string) => {
    let r = rows.get(address);
    if (!r) rows.set(address, (r = { address, deposit: null, fee: null, others: [] }));
    return r;
  };
  for (const g of grants) {
    const r = row(side === "given" ? g.grantee : g.granter);
    if (g.type === DEPOSIT_AUTHZ_TYPE) r.deposit = g;
    else r.others.push(g);
  }
  for (const a of allowances) row(side === "given" ? a.grantee : a.granter).fee = a;
  return [...rows.values()];
}
