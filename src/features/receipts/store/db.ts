// The receipts database layout. Only receipt-store.ts opens it for writing; e2e seeding and the
// render benchmark write the same layout through the raw IndexedDB API, so it is spelled out here.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { HeadAttestation } from "../core/attestation";
import type { Receipt } from "../core/receipt";
// Relative, not "@/": e2e and benchmarks load this file outside Vite.
import { INDEXED_DBS } from "../../../config/storage-keys";

export const RECEIPTS_DB = INDEXED_DBS.receipts;
export const RECEIPTS_DB_VERSION = 1;

/** A stored entry: its position in the chain (1, 2, …) and the receipt, untouched. */
export interface StoredReceipt {
  seq: number;
  receipt: Receipt;
}

export interface ReceiptsDb extends DBSchema {
  receipts: {
    key: number;
    value: StoredReceipt;
    indexes: { sha256: string; id: string; attempt: string; state: string };
  };
  meta: { key: string; value: HeadAttestation };
}

export type ReceiptsDatabase = IDBPDatabase<ReceiptsDb>;

export function openReceiptsDb(
  name: string,
  handlers: { onBlocked(): void; onBlocking(): void; onTerminated(): void },
): Promise<ReceiptsDatabase> {
  return openDB<ReceiptsDb>(name, RECEIPTS_DB_VERSION, {
    upgrade(db) {
      // `seq` is the chain position and a uniqueness guard: two writers that read the same head
      // cannot both add the next position, so even without a lock the chain cannot fork.
      const receipts = db.createObjectStore("receipts", { keyPath: "seq" });
      receipts.createIndex("sha256", "receipt.sha256", { unique: true });
      receipts.createIndex("id", "receipt.id", { unique: true });
      receipts.createIndex("attempt", "receipt.attempt");
      // Part of the first layout; nothing queries it now, and dropping it would need a new version.
      receipts.createIndex("state", "receipt.state");
      db.createObjectStore("meta");
    },
    blocked: handlers.onBlocked,
    blocking: handlers.onBlocking,
    terminated: handlers.onTerminated,
  });
}
