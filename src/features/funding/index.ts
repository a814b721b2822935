// Owns authorized spend and funding without a custodian: authz deposit grants and fee allowances
// (the chain reads, the message descriptors, the pages' pieces), the fee allowances the wallet
// holds for the review dialog, runway maths with lazy settlement and grants, the top-up settings
// (targets, caps) and the top-up key (made in this browser, sealed with WebCrypto, loaded lazily).
// Writes are action hooks in features/deploy (use-grant-spend, use-top-up).
import { lazy } from "react";
import type { Coin } from "@/features/transactions";

export { fundingKeys } from "./query-keys";
export { useGrants, grantsQuery, fetchGrants } from "./api/authz-grants";
export { useAllowances, allowancesQuery, fetchAllowances } from "./api/fee-allowances";
export {
  allowanceCovers,
  DEPOSIT_AUTHZ_TYPE,
  type AuthzGrantView,
  type FeeAllowanceView,
} from "./api/grant-json";
export {
  grantDeposit,
  grantFeeAllowance,
  revokeDeposit,
  revokeFeeAllowance,
  periodText,
  type FeeAllowanceInput,
} from "./messages/grants";
export { shortAddr, untilText } from "./utils/describe";
export { fundingFrom, useDepositGrants, usableDepositGrants } from "./hooks/use-deposit-funding";
export { DepositSource } from "./components/DepositSource";
export {
  fundedRunwaySeconds,
  planTopUp,
  remainingNow,
  runwaySeconds,
  REFILL,
  type EscrowNow,
  type TopUpPlan,
} from "./utils/runway";
export {
  topUpSettings,
  useDeploymentTopUp,
  useTopUpSettings,
  writeTopUp,
  TARGET_HOURS_RANGE,
  type DeploymentTopUp,
  type TopUpSettings,
} from "./topup/top-up-settings";

/** Reads the fee allowances the connected wallet holds, for the wallet's host (after first paint). */
export const HeldFeeAllowances = lazy(() =>
  import("./components/HeldFeeAllowances").then((m) => ({ default: m.HeldFeeAllowances })),
);
export type { GrantFormInitial, GrantFormValue } from "./components/GrantForm";
export type { CounterpartyRow } from "./components/GrantsTable";
export { groupByCounterparty } from "./utils/counterparties";

/** The grants page's form and lists: loaded with the page that shows them. */
export const GrantForm = lazy(() => import("./components/GrantForm").then((m) => ({ default: m.GrantForm })));
export const GrantsTable = lazy(() =>
  import("./components/GrantsTable").then((m) => ({ default: m.GrantsTable })),
);

/** What the owner signs for a top-up key: how much it may deposit and spend on fees, until when. */
export interface TopUpKeyInput {
  depositLimit: Coin;
  feeLimit: Coin;
  expiresAt: Date;
}

/** The top-up key's store and signer (cosmjs crypto): loaded on first use only. */
export const loadScopedKeys = async () => {
  const [store, key] = await Promise.all([import("./topup/scoped-key-store"), import("./topup/scoped-key")]);
  return { ...store, ...key };
};
