// Owns the user's account: connecting a wallet (cosmos-kit or the local key) and its signer, the
// remembered wallet and the watched (view-only) address, and the account's balances. Everything
// here is light: the cosmos-kit stack, the signers and the modal load lazily (see runtime/).
import { lazy } from "react";

export { WalletProvider } from "./WalletProvider";
export {
  useWallet,
  WalletNotConnectedError,
  type SignMode,
  type WalletStatus,
  type WalletState,
  type WalletValue,
} from "./wallet-context";
export { useWatchedAddress, useViewedAddress } from "./watch-address";
export { akashAddressProblem, isAkashAddress, shortAddress } from "./utils/address";
export { walletKeys } from "./balances/query-keys";
export { spendableQuery, useSpendable, type SpendableBalances } from "./balances/bank-balances";

/** The header's wallet button and menu, loaded after first paint. */
export const WalletButton = lazy(() => import("./components/WalletButton"));
/** Balances (spendable ACT/AKT, ACT in escrow) for an address, loaded with the page that uses it. */
export const BalanceCards = lazy(() =>
  import("./balances/BalanceCards").then((m) => ({ default: m.BalanceCards })),
);
export const WatchAddressForm = lazy(() =>
  import("./components/WatchAddressForm").then((m) => ({ default: m.WatchAddressForm })),
);
export { WalletSettingsSection } from "./components/WalletSettingsSection";
export {
  FeeAllowancesHost,
  usePayingAllowances,
  type FeeAllowanceOption,
  type FeeAllowancesSource,
  type HeldFeeAllowances,
} from "./fee-allowances";
