// Owns signing: the one pipeline (simulate → review → sign → broadcast → inclusion) behind its
// ports, a descriptor per message type, the review dialog and chain errors in plain words. The
// cosmjs signing code stays behind a dynamic import inside useTransaction.
export { signAndBroadcast, txHashOf, type SignOptions } from "./pipeline/sign-and-broadcast";
export type { TxPorts, ReceiptPort, ReceiptAttempt, ReviewDecision } from "./pipeline/ports";
export { feeFor } from "./pipeline/fee";
export { explainChainError } from "./pipeline/explain-error";
export * from "./messages/deployment";
export * from "./messages/escrow";
export * from "./messages/market";
export * from "./messages/deposit-authorization";
export * from "./messages/deposit-funding";
export { ProtoWriter, anyBytes, coinBytes, secondsBytes } from "./messages/proto-wire";
export type * from "./types";
export { useTransaction, type TransactionController } from "./hooks/use-transaction";
export { useSigningKey, type KeySigning } from "./hooks/use-signing-key";
export { ChainConnectionProvider, type ConnectChain } from "./hooks/chain-connection";
export { TxDialog } from "./components/TxDialog";
export { TxFailureView } from "./components/TxFailureView";
export { formatAmount, formatCoin, parseAmount } from "./utils/format-coin";
export { decodeTxLazily } from "./signing/decode-tx-lazy";
