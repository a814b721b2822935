// The receipts parts that load on demand. Kept out of index.ts so that index.ts only
// re-exports and the build can resolve each name to its own module.
import { lazy } from "react";

/**
 * For the app shell, on every page: settles pending receipts of the selected network on load and
 * shows storage problems. Lazy, so the store (idb, hashing, YAML) stays out of the first load.
 */
export const ReceiptsStatus = lazy(() =>
  import("./components/ReceiptsStatus").then((m) => ({ default: m.ReceiptsStatus })),
);

/** The panel (hash verification, ADR-036 attestation, cosmjs crypto): loaded with its route only. */
export const ReceiptsPanel = lazy(() =>
  import("./components/ReceiptsPanel").then((m) => ({ default: m.ReceiptsPanel })),
);

/** Verification and import planning, for a backup's import: loaded when one is opened. */
export const loadChainTools = () => import("./core/chain-tools");
