// Owns every write and the deploy flow that composes the other features: one action hook per write
// in actions/ (create, redeploy elsewhere, deposit, accept bid, send manifest, update, close lease,
// close, close the replaced deployment, mint), each owning message → sign (the transactions
// pipeline) → local record → refresh of the chain reads it changed (actions/refresh-after-tx.ts);
// the studio's deploy dialog; the controls on a deployment's page; bulk close for the list.
// Components render and call actions.
export { CreateDeployment } from "./components/CreateDeployment";
export { DeployDialog, type DeployRequest } from "./components/DeployDialog";
export { DeploymentControls } from "./components/DeploymentControls";
export { RedeployElsewhere } from "./components/RedeployElsewhere";
export { BulkCloseButton } from "./components/BulkCloseButton";
export { GrantsManager } from "./components/GrantsManager";
export { buildDeployment, type BuiltDeployment } from "./utils/build-deployment";
export { TopUpRunner } from "./topup/TopUpRunner";
