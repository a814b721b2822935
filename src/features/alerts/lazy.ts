// The parts of this feature that load on demand. Kept out of index.ts so that index.ts only
// re-exports and the build can resolve each name to its own module (docs/performance.md).
import { lazy } from "react";

/** Runs the rules while a tab is open; loaded once the account has a rule. */
export const AlertsRunner = lazy(() => import("./components/AlertsRunner"));
/** The page: notifications, the list, the rules, run-out times. */
export const AlertsPage = lazy(() => import("./components/AlertsPage"));
