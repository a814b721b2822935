// Maps validated gateway JSON (deployment info, leases) to the view types. Amounts become
// numbers of micro-units; heights become numbers (they stay far below 2^53).
import { parseDecimal } from "@/lib/format";
import type { RawCoin } from "@/lib/chain-json";
import type { RawDeploymentInfo, RawEscrowAccount, RawGroup, RawLeaseEntry } from "../api/chain-schemas";
import { parseResourceValue } from "@/lib/chain-json";
import { parseDurationSec, toLeaseReclamation } from "./reclamation";
import { summarizeGroupSpecs } from "./resources";
import type { Amount, DeploymentView, EscrowView, GroupView, LeaseView } from "./types";

export function toAmount(coin: RawCoin): Amount {
  return { denom: coin.denom, amount: parseDecimal(coin.amount) };
}

function height(value: string | null | undefined): number {
  return value ? Number(value) : 0;
}

/** Sums DecCoins per denom; the group's price is the sum of its resource units' price × count. */
function groupMaxPrice(group: RawGroup): Amount | null {
  const prices = group.group_spec.resources.flatMap((unit) =>
    unit.price ? [{ ...toAmount(unit.price), count: unit.count }] : [],
  );
  const first = prices[0];
  if (!first) return null;
  return { denom: first.denom, amount: prices.reduce((sum, p) => sum + p.amount * p.count, 0) };
}

export function toGroupView(group: RawGroup): GroupView {
  const requirements = group.group_spec.requirements;
  return {
    gseq: group.id.gseq,
    name: group.group_spec.name,
    state: group.state,
    resources: summarizeGroupSpecs([group.group_spec]),
    placement: {
      attributes: requirements?.attributes ?? [],
      signedByAllOf: requirements?.signed_by?.all_of ?? [],
      signedByAnyOf: requirements?.signed_by?.any_of ?? [],
    },
    gpuKeys: [
      ...new Set(
        group.group_spec.resources
          .filter((u) => parseResourceValue(u.resource.gpu?.units?.val) > 0)
          .flatMap((u) => u.resource.gpu?.attributes.map((a) => a.key) ?? []),
      ),
    ],
    maxPrice: groupMaxPrice(group),
  };
}

export function toEscrowView(account: RawEscrowAccount): EscrowView {
  const { state } = account;
  return {
    state: state.state,
    settledAt: height(state.settled_at),
    funds: state.funds.map(toAmount),
    transferred: state.transferred.map(toAmount),
    deposits: state.deposits.map((d) => ({
      owner: d.owner,
      height: height(d.height),
      source: d.source,
      balance: d.balance ? toAmount(d.balance) : null,
    })),
  };
}

export function toDeploymentView(info: RawDeploymentInfo): DeploymentView {
  return {
    owner: info.deployment.id.owner,
    dseq: info.deployment.id.dseq,
    state: info.deployment.state,
    createdHeight: height(info.deployment.created_at),
    groups: info.groups.map(toGroupView),
    resources: summarizeGroupSpecs(info.groups.map((g) => g.group_spec)),
    escrow: info.escrow_account ? toEscrowView(info.escrow_account) : null,
    reclamationMinWindowSec: info.deployment.reclamation
      ? parseDurationSec(info.deployment.reclamation.min_window)
      : null,
  };
}

export function toLeaseView(entry: RawLeaseEntry): LeaseView {
  const { id, state, price, created_at, closed_on, reason, reclamation } = entry.lease;
  return {
    ...id,
    state,
    price: toAmount(price),
    createdHeight: height(created_at),
    closedOn: height(closed_on),
    closedReason: reason && reason !== "lease_closed_invalid" ? reason : "",
    reclamation: toLeaseReclamation(reclamation),
  };
}

/** Orders dseqs (uint64 decimal strings) numerically without losing precision: newest first. */
export function compareDseqDesc(a: string, b: string): number {
  if (a.length !== b.length) return b.length - a.length;
  return a < b ? 1 : a > b ? -1 : 0;
}
