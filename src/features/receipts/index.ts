// Public surface of the receipts feature.
import { lazy } from "react";
//
// THE PORT THE SIGNING PIPELINE CALLS (stable; keep calls to these four):
//
//   const receipts = useReceiptStore();            // or getAppReceiptStore() outside React
//   const r = await receipts.begin({               // BEFORE the wallet is asked
//     action: "create", network: { id, name }, chainId, walletName, signer,
//     target: { owner, dseq, gseq, oseq, provider },          // any subset
//     request: { sdl, manifestVersionHash, resources, maxPrice, deposit, fee, memo, messageTypeUrls },
//     reason,                                      // from the review dialog (see useReasonMode)
//   });
//   await receipts.markBroadcast(r, txHash);       // signed, about to broadcast (hash of the TxRaw bytes)
//   await receipts.complete(r, { state: "success" | "failed" | "rejected",
//                                txHash, height, code, codespace, rawLog, leasePrice, status });
//
// Each call appends a new hash-linked entry; nothing written is ever changed. `request.sdl` is
// reduced to its sha256 plus a copy without registry passwords; JWTs and bearer tokens are scrubbed
// from every string. A write that fails throws ReceiptStorageError (the banner shows it too): the
// pipeline decides whether to go on without a receipt. `complete` is idempotent per attempt.
// A manifest send is an attempt too: begin({ action: "send-manifest", … }) then complete with
// { state, status: "HTTP 200" }.
//
// Reason: `useReasonMode()` gives { mode: "off" | "optional" | "required" }; check the typed text
// with `reasonProblem(mode, text)` before signing.
export { ReceiptStore, type ImportResult, type ReceiptStoreOptions } from "./store/receipt-store";
export { ReceiptStorageError, type StorageProblem } from "./store/storage-problem";
export type { BeginReceipt, ReceiptOutcome } from "./core/build";
export type { Receipt, ReceiptAction, ReceiptState, ReceiptTarget } from "./core/receipt";
export { getAppReceiptStore, ReceiptStoreProvider, useReceiptStore } from "./hooks/receipt-store-context";
export { useReasonMode, reasonProblem, type ReasonMode } from "./hooks/use-reason-mode";
export type { SignHead } from "./hooks/use-chain-actions";
export type { TxLookup, TxLookupResult } from "./store/settle";
export { ReasonSettings } from "./components/ReasonSettings";
export { StorageProblemBanner } from "./components/StorageProblemBanner";

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
