// Owns deployments as the chain and this browser know them: the list and detail pages, a
// deployment's groups, leases and escrow on chain, and what this browser keeps about each one
// (names, the time-left preference, the SDL and manifest it deployed).
export { DeploymentsPage, OwnerBar, ownerSearch } from "./components/DeploymentsPage";
export { DeploymentDetail } from "./components/detail/DeploymentDetail";
export { TimeLeftSettings } from "./components/TimeLeftSettings";
export { ProviderLeases } from "./components/ProviderLeases";
export { CloseRefundText } from "./components/CloseRefundText";
export { AccountOverview } from "./components/overview/AccountOverview";
export { useOwner, type OwnerState } from "./hooks/use-owner";
export { useAccountOverview } from "./hooks/use-account-overview";
export { useDeploymentInfo, deploymentInfoQuery } from "./api/deployment-info";
export { useDeploymentLeases, deploymentLeasesQuery } from "./api/deployment-leases";
export { fetchOwnerLeases } from "./api/owner-leases";
export { fetchDeploymentsPage } from "./api/deployments-list";
export { deploymentNames, useDeploymentNames, writeName as saveDeploymentName } from "./storage/names-store";
export {
  loadDeploymentRecord,
  manifestServices,
  saveDeploymentRecord,
  deploymentRecords,
  type DeploymentRecord,
} from "./storage/deployment-record";
export { deploymentKeys } from "./query-keys";
export { computeTimeLeft, costPerMonth, burnRate, currentBalance, type TimeLeft } from "./utils/time-left";
export { depositForRunway, refundOnClose, runwaySeconds, accountRunway } from "./utils/runway";
export { useDeploymentPrefs, prefsStore as deploymentPrefsStore } from "./storage/prefs-store";
export type { DeploymentView, LeaseView, GroupView, EscrowView, Amount } from "./utils/types";
