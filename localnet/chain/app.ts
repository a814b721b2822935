// The chain application: mempool with CheckTx, block production with all-or-nothing tx delivery,
// simulate, and the block/tx history that RPC serves. One instance owns the state.

import { EventEmitter } from "node:events";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import type { BmeConfig, MarketParams } from "../config.ts";
import { ChainState } from "../state/chain-state.ts";
import { KVStore } from "../state/store.ts";
import { beginBlock, endBlock, executeMsg } from "../modules/index.ts";
import { anteGas, runAnte, verifyTxSignatures, type AnteMode } from "./ante.ts";
import { dataHash, hashParts, type BlockRecord, type TxResult } from "./block.ts";
import type { ExecContext, TxEvent } from "./context.ts";
import { ChainError, SdkErr } from "./errors.ts";
import { GasMeter, INFINITE_GAS } from "./gas.ts";
import { decodeTx, txHash, type DecodedTx } from "./tx-decode.ts";

export interface CheckResult {
  hash: string;
  code: number;
  codespace: string;
  log: string;
}

export interface ChainOptions {
  chainId: string;
  bme: BmeConfig;
  market: MarketParams;
  /** blocks of history kept in memory for block/tx queries */
  historyBlocks?: number;
}

// Bounds the memory of tx history (each retained tx costs a few KiB with its events).
const MAX_HISTORY_TXS = 200_000;

export class Chain extends EventEmitter {
  readonly store = new KVStore();
  readonly state = new ChainState(this.store);
  readonly blocks = new Map<number, BlockRecord>();
  readonly txIndex = new Map<string, { height: number; index: number }>();
  height = 0;
  lastBlock: BlockRecord | null = null;
  genesisTime = new Date();
  private mempool: DecodedTx[] = [];
  private readonly mempoolHashes = new Set<string>();
  private readonly pendingSeq = new Map<string, bigint>();
  private readonly sigResults = new Map<string, boolean[]>();
  private delivering = false;
  private historyTxs = 0;

  constructor(readonly opts: ChainOptions) {
    super();
  }

  context(height: bigint, time: Date): ExecContext {
    return {
      state: this.state,
      height,
      time,
      chainId: this.opts.chainId,
      bme: this.opts.bme,
      market: this.opts.market,
      events: [],
      msgIndex: null,
    };
  }

  get mempoolSize(): number {
    return this.mempool.length;
  }

  /** CheckTx: stateless checks plus ante against committed state and pending mempool sequences. */
  async checkTx(bytes: Uint8Array): Promise<CheckResult> {
    const hash = txHash(bytes);
    if (this.mempoolHashes.has(hash) || this.txIndex.has(hash)) {
      return { hash, code: 19, codespace: "sdk", log: "tx already exists in cache" };
    }
    let tx: DecodedTx;
    let sigOk: boolean[];
    try {
      tx = decodeTx(bytes);
      sigOk = await verifyTxSignatures(this.state, this.opts.chainId, tx);
    } catch (e) {
      const err = asChainError(e);
      return { hash, code: err.code, codespace: err.codespace, log: err.message };
    }
    // From here on nothing awaits: the ante's trial writes are rolled back before anyone can look.
    if (this.mempoolHashes.has(hash) || this.txIndex.has(hash))
      return { hash, code: 19, codespace: "sdk", log: "tx already exists in cache" };
    const cp = this.store.checkpoint();
    try {
      const ctx = this.context(BigInt(this.height + 1), new Date());
      runAnte(ctx, tx, { mode: "check", pendingSeq: (a) => this.pendingSeq.get(a) ?? 0n, sigOk });
      this.mempool.push(tx);
      this.mempoolHashes.add(hash);
      this.sigResults.set(hash, sigOk);
      for (const s of tx.signers) this.pendingSeq.set(s, (this.pendingSeq.get(s) ?? 0n) + 1n);
      return { hash, code: 0, codespace: "", log: "[]" };
    } catch (e) {
      const err = asChainError(e);
      return { hash, code: err.code, codespace: err.codespace, log: err.message };
    } finally {
      this.store.rollback(cp);
    }
  }

  /** Simulate: full execution with an unlimited meter on a throwaway copy of the state. */
  simulate(bytes: Uint8Array): { gasUsed: bigint; result: TxResult } {
    const cp = this.store.checkpoint();
    try {
      const tx = decodeTx(bytes);
      const r = this.execute(tx, "simulate", this.context(BigInt(this.height + 1), new Date()));
      if (r.code !== 0) throw new ChainError(r.codespace, r.code, r.log);
      return { gasUsed: r.gasUsed, result: r };
    } finally {
      this.store.rollback(cp);
    }
  }

  /** Runs ante then messages; ante failures leave no trace, message failures keep fee and sequence. */
  private execute(tx: DecodedTx, mode: AnteMode, ctx: ExecContext, sigOk?: boolean[]): TxResult {
    const limit = mode === "simulate" ? INFINITE_GAS : Number(tx.gasLimit);
    const meter = new GasMeter(limit);
    const start = this.store.checkpoint();
    const fail = (e: unknown, events: TxEvent[]): TxResult => {
      const err = asChainError(e);
      return {
        code: err.code,
        codespace: err.codespace,
        log: err.message,
        data: new Uint8Array(),
        gasWanted: tx.gasLimit,
        gasUsed: BigInt(meter.consumed),
        events,
      };
    };
    try {
      meter.consume(anteGas(tx), "ante");
      runAnte(ctx, tx, { mode, sigOk });
    } catch (e) {
      this.store.rollback(start);
      return fail(e, []);
    }
    const anteEvents = ctx.events.slice();
    const msgStart = this.store.checkpoint();
    this.store.meter = meter;
    try {
      const responses = tx.body.messages.map((m, i) => {
        ctx.msgIndex = i;
        const value = executeMsg(ctx, m);
        return { typeUrl: `${m.typeUrl}Response`, value };
      });
      const data = TxMsgData.encode({ data: [], msgResponses: responses }).finish();
      return {
        code: 0,
        codespace: "",
        log: "",
        data,
        gasWanted: tx.gasLimit,
        gasUsed: BigInt(meter.consumed),
        events: ctx.events,
      };
    } catch (e) {
      this.store.rollback(msgStart);
      return fail(e, anteEvents);
    } finally {
      this.store.meter = null;
      ctx.msgIndex = null;
    }
  }

  /** Produces the next block from the whole mempool. */
  async produceBlock(time = new Date()): Promise<BlockRecord> {
    if (this.delivering) throw new Error("block production re-entered");
    this.delivering = true;
    try {
      const txs = this.mempool;
      this.mempool = [];
      this.mempoolHashes.clear();
      this.pendingSeq.clear();
      const sigs = this.sigResults;
      for (const tx of txs)
        if (!sigs.has(tx.hash))
          sigs.set(tx.hash, await verifyTxSignatures(this.state, this.opts.chainId, tx));
      // Delivery below is synchronous, so the block applies atomically with respect to queries.
      const height = this.height + 1;
      const beginCtx = this.context(BigInt(height), time);
      beginBlock(beginCtx);
      const results: TxResult[] = [];
      for (const tx of txs) {
        results.push(this.execute(tx, "deliver", this.context(BigInt(height), time), sigs.get(tx.hash)));
        sigs.delete(tx.hash);
      }
      const endCtx = this.context(BigInt(height), time);
      endBlock(endCtx);
      this.store.commit();
      return this.commitBlock(height, time, txs, results, [...beginCtx.events, ...endCtx.events]);
    } finally {
      this.delivering = false;
    }
  }

  private commitBlock(
    height: number,
    time: Date,
    txs: DecodedTx[],
    results: TxResult[],
    finalizeEvents: TxEvent[],
  ): BlockRecord {
    const prev = this.lastBlock;
    const bytes = txs.map((t) => t.bytes);
    const appHash = hashParts(prev?.appHash ?? new Uint8Array(), String(height), ...txs.map((t) => t.hash));
    const hash = hashParts("block", String(height), appHash, time.toISOString());
    const block: BlockRecord = {
      height,
      time,
      hash,
      partsHash: hashParts("parts", hash),
      lastBlockHash: prev?.hash ?? new Uint8Array(),
      lastPartsHash: prev?.partsHash ?? new Uint8Array(),
      appHash,
      dataHash: dataHash(bytes),
      txs: bytes,
      txHashes: txs.map((t) => t.hash),
      results,
      finalizeEvents,
    };
    this.height = height;
    this.lastBlock = block;
    this.blocks.set(height, block);
    txs.forEach((t, index) => this.txIndex.set(t.hash, { height, index }));
    this.prune(height);
    this.state.setMetaNumber("height", BigInt(height));
    this.store.commit();
    this.emit("block", block);
    return block;
  }

  /** Keeps at most historyBlocks blocks and MAX_HISTORY_TXS txs of history, dropping the oldest. */
  private prune(height: number): void {
    const keepBlocks = this.opts.historyBlocks ?? 100_000;
    this.historyTxs += this.blocks.get(height)?.txs.length ?? 0;
    for (const [h, b] of this.blocks) {
      if (h > height - keepBlocks && this.historyTxs <= MAX_HISTORY_TXS) break;
      if (h === height) break;
      for (const hash of b.txHashes) this.txIndex.delete(hash);
      this.historyTxs -= b.txs.length;
      this.blocks.delete(h);
    }
  }
}

export function asChainError(e: unknown): ChainError {
  if (e instanceof ChainError) return e;
  return SdkErr.invalidRequest((e as Error)?.message ?? String(e));
}
