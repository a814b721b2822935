// The deposit grants `signer` holds that can pay a deployment deposit in `denom` now: not
// expired, scoped to deployments, with something left. With any, a deposit can name the source
// `grant` before `balance` (the chain spends the grants first, then the signer's own ACT); the
// review names each granter. Grants are listed in the order the node spends them (granter address
// bytes, x/authz's grantee index).
import { fromBech32, toHex } from "@cosmjs/encoding";
import { useMemo } from "react";
import {
  BALANCE_ONLY,
  SOURCE_BALANCE,
  SOURCE_GRANT,
  type DepositFunding,
  type DepositGrantUse,
} from "@/features/transactions";
import { DEPOSIT_AUTHZ_TYPE, type AuthzGrantView } from "../api/grant-json";
import { useGrants } from "../api/authz-grants";

const byteOrder = (address: string) => {
  try {
    return toHex(fromBech32(address).data);
  } catch {
    return address;
  }
};

/** The usable deposit grants among `grants`, in spend order. */
export function usableDepositGrants(grants: AuthzGrantView[], denom: string, now: Date): DepositGrantUse[] {
  return grants
    .filter((g) => g.type === DEPOSIT_AUTHZ_TYPE && g.scopes.includes("deployment"))
    .filter((g) => !g.expiration || Date.parse(g.expiration) > now.getTime())
    .flatMap((g) => {
      const left = g.limits.find((c) => c.denom === denom);
      return left && BigInt(left.amount) > 0n ? [{ granter: g.granter, left }] : [];
    })
    .sort((a, b) => (byteOrder(a.granter) < byteOrder(b.granter) ? -1 : 1));
}

/** `useGrant` false: the wallet alone pays. */
export function fundingFrom(grants: DepositGrantUse[], useGrant: boolean): DepositFunding {
  if (!useGrant || grants.length === 0) return BALANCE_ONLY;
  return { sources: [SOURCE_GRANT, SOURCE_BALANCE], grants };
}

export function useDepositGrants(signer: string | null, denom: string) {
  const held = useGrants("grantee", signer);
  const grants = useMemo(() => usableDepositGrants(held.data ?? [], denom, new Date()), [held.data, denom]);
  const total = grants.reduce((sum, g) => sum + BigInt(g.left.amount), 0n);
  return { grants, total, pending: held.isPending && !!signer };
}
