// Public surface of the deployments feature.
export { DeploymentsPage, OwnerBar, ownerSearch } from "./components/DeploymentsPage";
export { DeploymentDetail } from "./components/detail/DeploymentDetail";
export { TimeLeftSettings } from "./components/TimeLeftSettings";
export { useOwner, type OwnerState } from "./hooks/use-owner";
export { useDeploymentInfo, deploymentInfoQuery } from "./api/deployment-info";
export { useDeploymentLeases } from "./api/deployment-leases";
export { useDeploymentNames } from "./names-store";
export { deploymentKeys } from "./query-keys";
export { bidsQuery, type BidView } from "./api/bids";
export { computeTimeLeft, costPerMonth, burnRate, type TimeLeft } from "./utils/time-left";
export type { DeploymentView, LeaseView, GroupView, EscrowView, Amount } from "./utils/types";
