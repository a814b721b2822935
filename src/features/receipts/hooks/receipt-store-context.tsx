// The app's receipt store: one instance per page, shared by the signing pipeline, the panel and
// the banner. Tests and stories inject their own with <ReceiptStoreProvider store={…}>.
import { createContext, useContext, type ReactNode } from "react";
import { ReceiptStore } from "../store/receipt-store";

let appStore: ReceiptStore | null = null;

/** The page-wide store (created on first use; opening the database is lazy too). */
export function getAppReceiptStore(): ReceiptStore {
  appStore ??= new ReceiptStore();
  return appStore;
}

const ReceiptStoreContext = createContext<ReceiptStore | null>(null);

export function ReceiptStoreProvider({ store, children }: { store: ReceiptStore; children: ReactNode }) {
  return <ReceiptStoreContext.Provider value={store}>{children}</ReceiptStoreContext.Provider>;
}

export function useReceiptStore(): ReceiptStore {
  return useContext(ReceiptStoreContext) ?? getAppReceiptStore();
}
