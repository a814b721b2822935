// Owns deployments as the chain and this browser know them: the list and detail pages, a
// deployment's groups, leases and escrow on chain, and what this browser keeps about each one
// (names, the time-left preference, the SDL and manifest it deployed).
export { DeploymentsPage, OwnerBar, ownerSearch } from "./components/DeploymentsPage";
export { DeploymentDetail } from "./components/detail/DeploymentDetail";
export { TimeLeftSettings } from "./components/TimeLeftSettings";
export { useOwner, type OwnerState } from "./hooks/use-owner";
export { useDeploymentInfo, deploymentInfoQuery } from "./api/deployment-info";
export { useDeploymentLeases } from "./api/deployment-leases";
export { useDeploymentNames } from "./storage/names-store";
export {
  loadDeploymentRecord,
  manifestServices,
  saveDeploymentRecord,
  type DeploymentRecord,
} from "./storage/deployment-record";
export { deploymentKeys } from "./query-keys";
export { computeTimeLeft, costPerMonth, burnRate, currentBalance, type TimeLeft } from "./utils/time-left";
export type { DeploymentView, LeaseView, GroupView, EscrowView, Amount } from "./utils/types";
