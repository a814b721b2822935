// The one module that writes receipts to IndexedDB. It owns the chain's integrity in this browser:
// every write happens under an exclusive lock (Web Locks across tabs), re-reads the head inside
// it, and adds entries at the next `seq` (a unique key, so a fork is refused even without a lock).
// Entries are never changed once hashed: completing a pending receipt appends a NEW entry of the
// same `attempt` whose `completes` names the pending entry's sha256. Other tabs hear about writes
// over a BroadcastChannel; failures become a StorageProblem that the banner shows.
import { sealReceipt } from "../core/canonical";
import type { HeadAttestation } from "../core/attestation";
import {
  buildBeginBody,
  buildNextBody,
  outcomeResponse,
  type BeginReceipt,
  type ReceiptOutcome,
} from "../core/build";
import { planImport } from "../core/merge";
import type { Receipt, SignedBytes, UnsealedReceipt } from "../core/receipt";
import { openReceiptsDb, RECEIPTS_DB, type ReceiptsDatabase } from "./db";
import { TAB_CHANNELS } from "@/config/storage-keys";
import { defaultLock, type LockPort } from "@/lib/locks";
import {
  BLOCKED_PROBLEM,
  errorName,
  isStorageFailure,
  NO_IDB_PROBLEM,
  ReceiptStorageError,
  toStorageProblem,
  type StorageProblem,
} from "./storage-problem";

export interface ChannelPort {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: () => void): void;
  close(): void;
}

export interface ReceiptStoreOptions {
  dbName?: string;
  lock?: LockPort;
  /** null: no cross-tab notifications */
  channel?: ChannelPort | null;
  now?: () => Date;
  newId?: () => string;
}

export interface ImportResult {
  mode: "fast-forward" | "merge";
  added: number;
  skipped: number;
}

// One attestation per wallet: `head-attestation:<address>`. The first layout kept a single one
// under `head-attestation`, which is still read.
const ATTESTATION_KEY = "head-attestation";
const attestationKey = (signer: string) => `${ATTESTATION_KEY}:${signer}`;

export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function defaultChannel(name: string): ChannelPort | null {
  return typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(name);
}

export class ReceiptStore {
  private dbPromise: Promise<ReceiptsDatabase> | null = null;
  private problem: StorageProblem | null = null;
  private readonly listeners = new Set<() => void>();
  /** attempts a signing pipeline of this page is still driving: settlement leaves them to it */
  private readonly driving = new Set<string>();
  private readonly lock: LockPort;
  private readonly channel: ChannelPort | null;
  private readonly dbName: string;
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(opts: ReceiptStoreOptions = {}) {
    this.dbName = opts.dbName ?? RECEIPTS_DB;
    this.lock = opts.lock ?? defaultLock();
    this.channel =
      opts.channel === undefined ? defaultChannel(TAB_CHANNELS.receiptsChanges(this.dbName)) : opts.channel;
    this.channel?.addEventListener("message", () => this.emit());
    this.now = opts.now ?? (() => new Date());
    this.newId = opts.newId ?? randomId;
  }

  /** Writes the pending receipt of a new attempt, before the wallet is asked. */
  async begin(input: BeginReceipt): Promise<Receipt> {
    const body = await buildBeginBody(input, this.meta());
    const [sealed] = await this.write((db) => this.appendLocked(db, [body]));
    return sealed!;
  }

  /**
   * Records the hash of a signed transaction just before it is broadcast (still pending), so a
   * reload can settle it, and the hash of the bytes the wallet signed. Takes the receipt `begin`
   * returned or its `attempt` id.
   */
  markBroadcast(attempt: Receipt | string, txHash: string, signed?: SignedBytes): Promise<Receipt> {
    return this.advance(attempt, "pending", { txHash }, signed);
  }

  /** Appends the final entry of an attempt; returns the existing one if it was already settled. */
  complete(attempt: Receipt | string, outcome: ReceiptOutcome): Promise<Receipt> {
    return this.advance(attempt, outcome.state, outcomeResponse(outcome));
  }

  /** Marks an attempt as driven by this page's pipeline until `release`; settlement skips it. */
  drive(attempt: string): void {
    this.driving.add(attempt);
  }

  release(attempt: string): void {
    this.driving.delete(attempt);
  }

  isDriven(attempt: string): boolean {
    return this.driving.has(attempt);
  }

  async list(): Promise<Receipt[]> {
    const db = await this.db();
    return (await db.getAll("receipts")).map((s) => s.receipt);
  }

  /**
   * The latest entry of every attempt that is still pending. Every attempt has pending entries
   * (begin, broadcast), so an index on state cannot narrow this down; one pass over the chain
   * costs one read, where asking per attempt cost one query each (5,000 for 5,000 attempts).
   */
  async unfinished(): Promise<Receipt[]> {
    const latest = new Map<string, Receipt>();
    for (const receipt of await this.list()) latest.set(receipt.attempt, receipt);
    return [...latest.values()].filter((r) => r.state === "pending");
  }

  async importReceipts(incoming: readonly Receipt[]): Promise<ImportResult> {
    return this.write(async (db) => {
      const local = (await db.getAll("receipts")).map((s) => s.receipt);
      const plan = planImport(local, incoming);
      if (plan.mode === "merge") {
        await this.appendLocked(db, plan.append);
        return { mode: plan.mode, added: plan.append.length, skipped: plan.skipped };
      }
      const tx = db.transaction("receipts", "readwrite");
      await Promise.all([
        ...plan.adopt.map((receipt, i) => tx.store.add({ seq: local.length + i + 1, receipt })),
        tx.done,
      ]);
      return { mode: plan.mode, added: plan.adopt.length, skipped: plan.skipped };
    });
  }

  /** Every wallet's latest attestation, unchecked (the verifier checks them). */
  async getAttestations(): Promise<HeadAttestation[]> {
    const db = await this.db();
    const range = IDBKeyRange.bound(ATTESTATION_KEY, `${ATTESTATION_KEY}:\uffff`);
    return db.getAll("meta", range);
  }

  /** Keeps a wallet's attestation, replacing that wallet's earlier one. */
  saveAttestation(attestation: HeadAttestation): Promise<void> {
    return this.write(async (db) => {
      const tx = db.transaction("meta", "readwrite");
      const legacy = await tx.store.get(ATTESTATION_KEY);
      if (legacy?.signer === attestation.signer) await tx.store.delete(ATTESTATION_KEY);
      await tx.store.put(attestation, attestationKey(attestation.signer));
      await tx.done;
    });
  }

  readonly getProblem = (): StorageProblem | null => this.problem;

  /** Called on every change, in this tab or another. Returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  async close(): Promise<void> {
    this.channel?.close();
    if (this.dbPromise) (await this.dbPromise.catch(() => null))?.close();
  }

  private meta() {
    return { id: this.newId(), timestamp: this.now().toISOString() };
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private setProblem(problem: StorageProblem | null): void {
    if (this.problem?.message === problem?.message) return;
    this.problem = problem;
    this.emit();
  }

  private db(): Promise<ReceiptsDatabase> {
    if (typeof indexedDB === "undefined") return Promise.reject(new ReceiptStorageError(NO_IDB_PROBLEM));
    this.dbPromise ??= openReceiptsDb(this.dbName, {
      onBlocked: () => this.setProblem(BLOCKED_PROBLEM),
      onBlocking: () => {
        void this.dbPromise?.then((db) => db.close());
        this.dbPromise = null;
      },
      onTerminated: () => {
        this.dbPromise = null;
      },
    }).catch((err: unknown) => {
      this.dbPromise = null;
      throw new ReceiptStorageError(toStorageProblem(err));
    });
    return this.dbPromise;
  }

  private async write<T>(task: (db: ReceiptsDatabase) => Promise<T>): Promise<T> {
    try {
      const result = await this.lock.run(TAB_CHANNELS.receiptsWriteLock(this.dbName), async () =>
        this.retryFork(task),
      );
      this.setProblem(null);
      this.emit();
      this.channel?.postMessage({ type: "changed" });
      return result;
    } catch (err) {
      if (!isStorageFailure(err)) throw err;
      const problem = toStorageProblem(err);
      this.setProblem(problem);
      throw err instanceof ReceiptStorageError ? err : new ReceiptStorageError(problem);
    }
  }

  /** A writer outside the lock (an old tab) took our `seq`: nothing was written, so re-read and redo. */
  private async retryFork<T>(task: (db: ReceiptsDatabase) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await task(await this.db());
      } catch (err) {
        const forked = errorName(err) === "ConstraintError";
        if (!forked || attempt >= 20) throw err;
        // Jitter, so a writer that keeps losing the race to a busy one gets its turn.
        await new Promise((r) => setTimeout(r, Math.random() * 4 * attempt));
      }
    }
  }

  private advance(
    from: Receipt | string,
    state: Receipt["state"],
    response: Partial<Receipt["response"]>,
    signed?: SignedBytes,
  ) {
    const attempt = typeof from === "string" ? from : from.attempt;
    return this.write(async (db) => {
      const entries = (await db.getAllFromIndex("receipts", "attempt", attempt)).map((s) => s.receipt);
      const final = entries.find((r) => r.state !== "pending");
      if (final) return final;
      const latest = entries.at(-1);
      if (!latest) throw new Error(`There is no receipt of attempt ${attempt} to complete.`);
      const next = buildNextBody(latest, state, response, this.meta(), signed);
      const [sealed] = await this.appendLocked(db, [next]);
      return sealed!;
    });
  }

  /** Must run inside the write lock: reads the head, seals the bodies after it, adds them. */
  private async appendLocked(db: ReceiptsDatabase, bodies: readonly UnsealedReceipt[]): Promise<Receipt[]> {
    const cursor = await db.transaction("receipts").store.openCursor(null, "prev");
    let seq = cursor?.value.seq ?? 0;
    let prev = cursor?.value.receipt.sha256 ?? null;
    const sealed: Receipt[] = [];
    for (const body of bodies) {
      const receipt = await sealReceipt(body, prev);
      sealed.push(receipt);
      prev = receipt.sha256;
    }
    const tx = db.transaction("receipts", "readwrite");
    await Promise.all([...sealed.map((receipt) => tx.store.add({ seq: ++seq, receipt })), tx.done]);
    return sealed;
  }
}
