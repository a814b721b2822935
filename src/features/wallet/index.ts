// Owns the user's account: connecting a wallet (cosmos-kit or the local key) and its signer, the
// remembered wallet and the watched (view-only) address, and the account's balances. Everything
// here is light: the cosmos-kit stack, the signers and the modal load lazily (see runtime/).
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

export { WalletButton, BalanceCards, WatchAddressForm } from "./lazy";
export { WalletSettingsSection } from "./components/WalletSettingsSection";
export {
  FeeAllowancesHost,
  usePayingAllowances,
  type FeeAllowanceOption,
  type FeeAllowancesSource,
  type HeldFeeAllowances,
} from "./fee-allowances";
