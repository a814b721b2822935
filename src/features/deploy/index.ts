// Public surface of the deploy feature: the create step for the studio's SDL and the deploy
// controls (bids, leases, manage) for a deployment's page.
export { CreateDeployment } from "./components/CreateDeployment";
export { DeployDialog } from "./components/DeployDialog";
export { DeploymentControls } from "./components/DeploymentControls";
export { BulkCloseButton } from "./components/BulkCloseButton";
export { buildDeployment, type BuiltDeployment } from "./utils/build-deployment";
