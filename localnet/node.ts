// The running node: the chain plus its block clock, the RPC/REST/admin servers and periodic
// snapshots. startLocalnet (index.ts) composes it with accounts and providers.

import type { Server } from "node:http";
import { sha256 } from "@cosmjs/crypto";
import { toHex } from "@cosmjs/encoding";
import { createAdminServer } from "./admin/server.ts";
import { FaultState } from "./admin/faults.ts";
import { Chain } from "./chain/app.ts";
import type { BlockRecord } from "./chain/block.ts";
import type { BmeConfig, MarketParams } from "./config.ts";
import { closeServer, listen } from "./http.ts";
import type { RunningProviders } from "./providers/contract.ts";
import { createRestServer } from "./rest/server.ts";
import type { NodeIdentity } from "./rpc/format.ts";
import { createRpcServer } from "./rpc/server.ts";
import { readSnapshot, writeSnapshot, type SnapshotMeta } from "./state/snapshot.ts";

export interface NodeOptions {
  chainId: string;
  dataDir: string;
  host: string;
  blockTimeMs: number;
  rpcPort: number;
  restPort: number;
  adminPort: number;
  bme: BmeConfig;
  market: MarketParams;
  snapshotIntervalMs: number;
}

export function identityFor(chainId: string, dataDir: string, rpcPort: number): NodeIdentity {
  const seed = sha256(new TextEncoder().encode(`${chainId}:${dataDir}`));
  return {
    chainId,
    nodeId: toHex(seed.slice(0, 20)),
    validatorAddress: sha256(seed).slice(0, 20),
    validatorPubKey: sha256(sha256(seed)),
    listenAddr: `tcp://127.0.0.1:${rpcPort}`,
  };
}

function restoredBlock(meta: SnapshotMeta): BlockRecord {
  const h = (s: string) => Uint8Array.from(Buffer.from(s, "hex"));
  return {
    height: meta.height,
    time: new Date(meta.lastBlockTime),
    hash: h(meta.lastBlockHash),
    partsHash: h(meta.lastPartsHash),
    lastBlockHash: new Uint8Array(),
    lastPartsHash: new Uint8Array(),
    appHash: h(meta.appHash),
    dataHash: sha256(new Uint8Array()),
    txs: [],
    txHashes: [],
    results: [],
    finalizeEvents: [],
  };
}

export class LocalNode {
  readonly chain: Chain;
  readonly faults = new FaultState();
  providers: RunningProviders | null = null;
  identity!: NodeIdentity;
  ports = { rpc: 0, rest: 0, admin: 0 };
  private servers: Server[] = [];
  private closeWs: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private producing: Promise<unknown> = Promise.resolve();
  private snapshotHeight = -1;
  private lastSnapshotAt = Date.now();
  private stopped = false;

  constructor(readonly opts: NodeOptions) {
    this.chain = new Chain({ chainId: opts.chainId, bme: opts.bme, market: opts.market });
  }

  /** Loads DIR/state.bin if present; returns false when the chain must start from genesis. */
  restore(): boolean {
    const meta = readSnapshot(this.opts.dataDir, this.chain.store);
    if (!meta) return false;
    const block = restoredBlock(meta);
    this.chain.height = meta.height;
    this.chain.lastBlock = block;
    this.chain.blocks.set(meta.height, block);
    this.chain.genesisTime = new Date(meta.genesisTime);
    return true;
  }

  async listen(): Promise<void> {
    const o = this.opts;
    this.identity = identityFor(o.chainId, o.dataDir, o.rpcPort);
    const rpcCtx = { chain: this.chain, identity: this.identity };
    const rpc = createRpcServer(rpcCtx, this.faults);
    this.closeWs = rpc.ws.close;
    const rest = createRestServer(this.chain, this.identity, this.faults);
    const admin = createAdminServer({
      chain: this.chain,
      faults: this.faults,
      identity: this.identity,
      providers: () => this.providers,
      produceBlocks: (n) => this.produceBlocks(n),
    });
    this.servers = [rpc.server, rest, admin];
    this.ports.rpc = await listen(rpc.server, o.rpcPort, o.host);
    this.identity.listenAddr = `tcp://${o.host}:${this.ports.rpc}`;
    this.ports.rest = await listen(rest, o.restPort, o.host);
    this.ports.admin = await listen(admin, o.adminPort, o.host);
  }

  /** Produces one block now, then one every blockTimeMs on a drift-free schedule. */
  async startBlocks(): Promise<void> {
    await this.tick();
    const start = Date.now();
    let n = 0;
    const schedule = () => {
      if (this.stopped) return;
      n++;
      const delay = Math.max(0, start + n * this.opts.blockTimeMs - Date.now());
      this.timer = setTimeout(() => {
        if (!this.faults.current.blocks.paused)
          this.producing = this.producing
            .then(() => this.tick())
            .catch((e: unknown) => console.error("localnet: block production failed", e));
        void this.producing.then(schedule);
      }, delay);
    };
    schedule();
  }

  /**
   * Produces `count` blocks now, one after the other (after any block in progress), each with a
   * time after its predecessor's. With block production paused this gives tests exact heights.
   */
  async produceBlocks(count: number): Promise<number> {
    const run = this.producing.then(async () => {
      for (let i = 0; i < count && !this.stopped; i++) await this.chain.produceBlock(this.nextBlockTime());
    });
    this.producing = run.catch(() => undefined);
    await run;
    return this.chain.height;
  }

  /** Wall-clock time, but always after the previous block's (block times only increase). */
  private nextBlockTime(): Date {
    const last = this.chain.lastBlock?.time.getTime() ?? 0;
    return new Date(Math.max(Date.now(), last + 1));
  }

  private async tick(): Promise<void> {
    await this.chain.produceBlock(this.nextBlockTime());
    const due = Date.now() - this.lastSnapshotAt >= this.opts.snapshotIntervalMs;
    if (due && this.chain.height !== this.snapshotHeight) this.snapshot();
  }

  snapshot(): void {
    const b = this.chain.lastBlock;
    if (!b) return;
    const hex = (u: Uint8Array) => Buffer.from(u).toString("hex");
    writeSnapshot(this.opts.dataDir, this.chain.store, {
      height: b.height,
      lastBlockTime: b.time.toISOString(),
      lastBlockHash: hex(b.hash),
      lastPartsHash: hex(b.partsHash),
      appHash: hex(b.appHash),
      genesisTime: this.chain.genesisTime.toISOString(),
    });
    this.snapshotHeight = b.height;
    this.lastSnapshotAt = Date.now();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.producing;
    this.closeWs?.();
    await Promise.all(this.servers.map((s) => closeServer(s)));
    this.snapshot();
  }
}
