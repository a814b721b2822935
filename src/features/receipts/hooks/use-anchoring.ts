// How much of the chain the wallets' signatures anchor, recomputed whenever the receipts change
// (a write, a signature, another tab). The signature checks load with it, after the list shows.
import { useEffect, useState } from "react";
import type { Anchoring } from "../core/anchor";
import type { Receipt } from "../core/receipt";
import type { ReceiptStore } from "../store/receipt-store";

export function useAnchoring(store: ReceiptStore, receipts: Receipt[] | null): Anchoring | null {
  const [anchoring, setAnchoring] = useState<{ of: Receipt[]; value: Anchoring } | null>(null);
  useEffect(() => {
    if (!receipts) return;
    let live = true;
    void Promise.all([import("../core/anchor"), store.getAttestations()])
      .then(([{ anchorChain }, attestations]) => anchorChain(receipts, attestations))
      .then((value) => live && setAnchoring({ of: receipts, value }))
      // A storage problem shows on the banner; the status just stays unknown.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [store, receipts]);
  return anchoring && anchoring.of === receipts ? anchoring.value : null;
}
