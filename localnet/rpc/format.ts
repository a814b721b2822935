// CometBFT 0.38 JSON shapes (what its RPC and websocket emit), built from our block records:
// upper-case hex hashes, int64 as strings, base64 tx bytes, plain-string event attributes.

import { toBase64, toHex } from "@cosmjs/encoding";
import type { BlockRecord, TxResult } from "../chain/block.ts";
import type { TxEvent } from "../chain/context.ts";

export const COMET_VERSION = "0.38.21";
const hex = (b: Uint8Array) => toHex(b).toUpperCase();

export interface NodeIdentity {
  chainId: string;
  nodeId: string;
  validatorAddress: Uint8Array;
  validatorPubKey: Uint8Array;
  listenAddr: string;
  /** what discovery reports as min_client_version (the node's WithMinClientVersion); "" for none */
  minClientVersion?: string;
}

/** RFC3339 with nanoseconds, as Go's time.Time marshals. */
export function rfc3339(d: Date): string {
  return d.toISOString().replace(/\.(\d{3})Z$/, ".$1000000Z");
}

export function eventsJson(events: TxEvent[]) {
  return events.map((e) => ({
    type: e.type,
    attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: true })),
  }));
}

export function txResultJson(r: TxResult) {
  return {
    code: r.code,
    data: r.data.length ? toBase64(r.data) : null,
    log: r.log,
    info: "",
    gas_wanted: r.gasWanted.toString(),
    gas_used: r.gasUsed.toString(),
    events: eventsJson(r.events),
    codespace: r.codespace,
  };
}

function blockId(b: BlockRecord | undefined) {
  if (!b) return { hash: "", parts: { total: 0, hash: "" } };
  return { hash: hex(b.hash), parts: { total: 1, hash: hex(b.partsHash) } };
}

export function headerJson(b: BlockRecord, id: NodeIdentity, prev: BlockRecord | undefined) {
  const emptyHash = "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855";
  const valHash = hex(id.validatorAddress).padEnd(64, "0");
  return {
    version: { block: "11", app: "0" },
    chain_id: id.chainId,
    height: String(b.height),
    time: rfc3339(b.time),
    last_block_id: blockId(prev),
    last_commit_hash: prev ? hex(prev.appHash) : emptyHash,
    data_hash: hex(b.dataHash),
    validators_hash: valHash,
    next_validators_hash: valHash,
    consensus_hash: "048091BC7DDC283F77BFBF91D73C44DA58C3DF8A9CBC867405D8B7F3DAADA22F",
    app_hash: hex(b.appHash),
    last_results_hash: emptyHash,
    evidence_hash: emptyHash,
    proposer_address: hex(id.validatorAddress),
  };
}

export function blockJson(b: BlockRecord, id: NodeIdentity, prev: BlockRecord | undefined) {
  return {
    block_id: blockId(b),
    block: {
      header: headerJson(b, id, prev),
      data: { txs: b.txs.map((t) => toBase64(t)) },
      evidence: { evidence: [] },
      last_commit: {
        height: String(Math.max(0, b.height - 1)),
        round: 0,
        block_id: blockId(prev),
        signatures: prev
          ? [
              {
                block_id_flag: 2,
                validator_address: hex(id.validatorAddress),
                timestamp: rfc3339(b.time),
                signature: toBase64(prev.hash.slice(0, 32)),
              },
            ]
          : [],
      },
    },
  };
}

export function blockResultsJson(b: BlockRecord) {
  return {
    height: String(b.height),
    txs_results: b.results.map(txResultJson),
    finalize_block_events: eventsJson(b.finalizeEvents),
    validator_updates: [],
    consensus_param_updates: null,
    app_hash: toBase64(b.appHash),
  };
}

export function blockMetaJson(b: BlockRecord, id: NodeIdentity, prev: BlockRecord | undefined) {
  const size = b.txs.reduce((n, t) => n + t.length, 0) + 600;
  return {
    block_id: blockId(b),
    block_size: String(size),
    header: headerJson(b, id, prev),
    num_txs: String(b.txs.length),
  };
}

export function statusJson(
  id: NodeIdentity,
  latest: BlockRecord | null,
  earliest: BlockRecord | null,
  genesisTime: Date,
) {
  const zero = "0".repeat(64);
  return {
    node_info: {
      protocol_version: { p2p: "8", block: "11", app: "0" },
      id: id.nodeId,
      listen_addr: id.listenAddr,
      network: id.chainId,
      version: COMET_VERSION,
      channels: "40202122233038606100",
      moniker: "akash-localnet",
      other: { tx_index: "on", rpc_address: id.listenAddr },
    },
    sync_info: {
      latest_block_hash: latest ? hex(latest.hash) : zero,
      latest_app_hash: latest ? hex(latest.appHash) : zero,
      latest_block_height: String(latest?.height ?? 0),
      latest_block_time: rfc3339(latest?.time ?? genesisTime),
      earliest_block_hash: earliest ? hex(earliest.hash) : zero,
      earliest_app_hash: earliest ? hex(earliest.appHash) : zero,
      earliest_block_height: String(earliest?.height ?? 0),
      earliest_block_time: rfc3339(earliest?.time ?? genesisTime),
      catching_up: false,
    },
    validator_info: {
      address: hex(id.validatorAddress),
      pub_key: { type: "tendermint/PubKeyEd25519", value: toBase64(id.validatorPubKey) },
      voting_power: "100",
    },
  };
}
