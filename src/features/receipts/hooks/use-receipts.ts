import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { Receipt } from "../core/receipt";
import type { StorageProblem } from "../store/storage-problem";
import { useReceiptStore } from "./receipt-store-context";

export interface ReceiptsState {
  receipts: Receipt[] | null;
  error: string | null;
}

/** Every receipt, oldest first, reloaded whenever this tab or another one writes. */
export function useReceipts(): ReceiptsState & { reload(): void } {
  const store = useReceiptStore();
  const [state, setState] = useState<ReceiptsState>({ receipts: null, error: null });
  const reload = useCallback(() => {
    store.list().then(
      (receipts) => setState({ receipts, error: null }),
      (err: unknown) => setState((s) => ({ ...s, error: err instanceof Error ? err.message : String(err) })),
    );
  }, [store]);
  useEffect(() => {
    reload();
    return store.subscribe(reload);
  }, [store, reload]);
  return { ...state, reload };
}

export function useStorageProblem(): StorageProblem | null {
  const store = useReceiptStore();
  return useSyncExternalStore(store.subscribe, store.getProblem);
}
