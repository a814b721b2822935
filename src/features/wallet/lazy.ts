// The wallet's pieces that load after first paint or with their page. Kept out of index.ts so
// that index.ts only re-exports and the build can resolve each name to its own module.
import { lazy } from "react";

/** The header's wallet button and menu, loaded after first paint. */
export const WalletButton = lazy(() => import("./components/WalletButton"));
/** Balances (spendable ACT/AKT, ACT in escrow) for an address, loaded with the page that uses it. */
export const BalanceCards = lazy(() =>
  import("./balances/BalanceCards").then((m) => ({ default: m.BalanceCards })),
);
export const WatchAddressForm = lazy(() =>
  import("./components/WatchAddressForm").then((m) => ({ default: m.WatchAddressForm })),
);
