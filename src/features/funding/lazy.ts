// The parts of funding that load on demand. They live here, not in index.ts, so that index.ts
// only re-exports: the build then resolves each imported name to its own module, and the shell,
// which needs only the top-up settings and message descriptors, does not ship the rest.
import { lazy } from "react";

/** Reads the fee allowances the connected wallet holds, for the wallet's host (after first paint). */
export const HeldFeeAllowances = lazy(() =>
  import("./components/HeldFeeAllowances").then((m) => ({ default: m.HeldFeeAllowances })),
);
/** The grants page's form and lists: loaded with the page that shows them. */
export const GrantForm = lazy(() => import("./components/GrantForm").then((m) => ({ default: m.GrantForm })));
export const GrantsTable = lazy(() =>
  import("./components/GrantsTable").then((m) => ({ default: m.GrantsTable })),
);

/** The top-up key's store and signer (cosmjs crypto): loaded on first use only. */
export const loadScopedKeys = async () => {
  const [store, key] = await Promise.all([import("./topup/scoped-key-store"), import("./topup/scoped-key")]);
  return { ...store, ...key };
};
