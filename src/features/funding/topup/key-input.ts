import type { Coin } from "@/features/transactions";

/** What the owner signs for a top-up key: how much it may deposit and spend on fees, until when. */
export interface TopUpKeyInput {
  depositLimit: Coin;
  feeLimit: Coin;
  expiresAt: Date;
}
