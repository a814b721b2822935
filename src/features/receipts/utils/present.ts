import type { ReceiptAction, ReceiptState } from "../core/receipt";

export const ACTION_LABELS: Record<ReceiptAction, string> = {
  create: "Create deployment",
  deposit: "Deposit",
  "accept-bid": "Accept bid",
  "send-manifest": "Send manifest",
  update: "Update deployment",
  "close-lease": "Close lease",
  close: "Close deployment",
  mint: "Mint ACT",
  grant: "Grant spend",
  "revoke-grant": "Revoke grant",
  "top-up": "Top-up",
  other: "Other",
};

export const STATE_TONES: Record<ReceiptState, "warn" | "good" | "bad" | "neutral"> = {
  pending: "warn",
  success: "good",
  failed: "bad",
  rejected: "neutral",
  "not-broadcast": "neutral",
};

export const STATE_LABELS: Record<ReceiptState, string> = {
  pending: "Pending",
  success: "Succeeded",
  failed: "Failed",
  rejected: "Rejected",
  "not-broadcast": "Not broadcast",
};

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function shortHash(hash: string | null, size = 8): string {
  return hash ? `${hash.slice(0, size)}…` : "—";
}
