// Owns authorized spend and funding without a custodian: authz deposit grants and fee allowances
// (the chain reads, the message descriptors, the pages' pieces), the fee allowances the wallet
// holds for the review dialog, runway maths with lazy settlement and grants, the top-up settings
// (targets, caps) and the top-up key (made in this browser, sealed with WebCrypto, loaded lazily).
// Writes are action hooks in features/deploy (use-grant-spend, use-top-up).
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

export type { GrantFormInitial, GrantFormValue } from "./components/GrantForm";
export type { CounterpartyRow } from "./components/GrantsTable";
export { groupByCounterparty } from "./utils/counterparties";
export { HeldFeeAllowances, GrantForm, GrantsTable, loadScopedKeys } from "./lazy";
export type { TopUpKeyInput } from "./topup/key-input";
