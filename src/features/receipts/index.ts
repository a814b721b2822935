// Owns the receipts: an append-only, hash-linked record (IndexedDB) of every signing attempt and
// manifest send from this browser, its settlement, verification, export, import and page.
//
// Writing one (begin BEFORE the wallet is asked, then complete; markBroadcast between them for a tx):
//
//   const receipts = useReceiptStore();            // or getAppReceiptStore() outside React
//   const r = await receipts.begin({ action, network: { id, name }, chainId, walletName, signer,
//     target: { owner, dseq, gseq, oseq, provider },          // any subset
//     request: { sdl, manifestVersionHash, resources, maxPrice, deposit, fee, memo, messageTypeUrls },
//     reason });                                   // from the review dialog (see useReasonMode)
//   await receipts.markBroadcast(r, txHash);       // signed, about to broadcast (hash of the TxRaw bytes)
//   await receipts.complete(r, { state: "success" | "failed" | "rejected",
//                                txHash, height, code, codespace, rawLog, leasePrice, status });
//
// The signing pipeline reaches it through transactions/signing/receipt-port.ts: no receipt, no
// signature. The send-manifest action (features/deploy) calls begin/complete itself and still
// sends when the receipt cannot be written. Each call appends a new hash-linked entry; nothing
// written is ever changed. `request.sdl` is reduced to its sha256 plus a copy without registry
// passwords; JWTs and bearer tokens are scrubbed from every string. A failed write throws
// ReceiptStorageError and the banner shows it. `complete` is idempotent per attempt.
export { ReceiptStore, type ImportResult, type ReceiptStoreOptions } from "./store/receipt-store";
export { ReceiptStorageError, type StorageProblem } from "./store/storage-problem";
export type { BeginReceipt, ReceiptOutcome } from "./core/build";
export type {
  MessageFacts,
  Receipt,
  ReceiptAction,
  ReceiptState,
  ReceiptTarget,
  SignedBytes,
} from "./core/receipt";
export { messageFacts } from "./core/message-facts";
export type { DecodedTx, TxDecoder } from "./core/chain-check";
export { getAppReceiptStore, ReceiptStoreProvider, useReceiptStore } from "./hooks/receipt-store-context";
export { useReasonMode, reasonProblem, type ReasonMode } from "./hooks/use-reason-mode";
export type { HeadSigner, SignHead } from "./hooks/use-chain-actions";
export type { TxLookup, TxLookupResult } from "./store/settle";
export { ReasonSettings } from "./components/ReasonSettings";
export { StorageProblemBanner } from "./components/StorageProblemBanner";
export type { ChainVerdict } from "./core/verify";
export type { ImportPlan } from "./core/merge";
export { reasonModeStore } from "./hooks/use-reason-mode";
export { ReceiptsStatus, ReceiptsPanel, loadChainTools } from "./lazy";
