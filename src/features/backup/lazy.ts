// The parts of this feature that load on demand. Kept out of index.ts so that index.ts only
// re-exports and the build can resolve each name to its own module (docs/performance.md).
import { lazy } from "react";

/** Export and import, for the settings page (loaded with it). */
export const BackupPanel = lazy(() => import("./components/BackupPanel"));
