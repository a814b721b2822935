// cosmos.base.tendermint.v1beta1 REST routes (latest block, block by height, node info, syncing)
// rendered as the gateway renders them: base64 hashes, int64 as strings.

import { toBase64, toBech32 } from "@cosmjs/encoding";
import type { Chain } from "../chain/app.ts";
import type { BlockRecord } from "../chain/block.ts";
import { BECH32_PREFIX, NODE_VERSION } from "../config.ts";
import { COMET_VERSION, rfc3339, type NodeIdentity } from "../rpc/format.ts";

const b64 = (b: Uint8Array) => toBase64(b);

function header(b: BlockRecord, id: NodeIdentity, prev: BlockRecord | undefined, bech32Proposer: boolean) {
  return {
    version: { block: "11", app: "0" },
    chain_id: id.chainId,
    height: String(b.height),
    time: rfc3339(b.time),
    last_block_id: {
      hash: prev ? b64(prev.hash) : "",
      part_set_header: { total: prev ? 1 : 0, hash: prev ? b64(prev.partsHash) : "" },
    },
    last_commit_hash: prev ? b64(prev.appHash) : "",
    data_hash: b64(b.dataHash),
    validators_hash: b64(id.validatorAddress),
    next_validators_hash: b64(id.validatorAddress),
    consensus_hash: "",
    app_hash: b64(b.appHash),
    last_results_hash: "",
    evidence_hash: "",
    proposer_address: bech32Proposer
      ? toBech32(`${BECH32_PREFIX}valcons`, id.validatorAddress)
      : b64(id.validatorAddress),
  };
}

export function blockResponse(chain: Chain, id: NodeIdentity, b: BlockRecord) {
  const prev = chain.blocks.get(b.height - 1);
  const body = (bech: boolean) => ({
    header: header(b, id, prev, bech),
    data: { txs: b.txs.map(b64) },
    evidence: { evidence: [] },
    last_commit: {
      height: String(Math.max(0, b.height - 1)),
      round: 0,
      block_id: { hash: prev ? b64(prev.hash) : "", part_set_header: { total: prev ? 1 : 0, hash: "" } },
      signatures: [],
    },
  });
  return {
    block_id: { hash: b64(b.hash), part_set_header: { total: 1, hash: b64(b.partsHash) } },
    block: body(false),
    sdk_block: body(true),
  };
}

export function nodeInfo(id: NodeIdentity) {
  return {
    default_node_info: {
      protocol_version: { p2p: "8", block: "11", app: "0" },
      default_node_id: id.nodeId,
      listen_addr: id.listenAddr,
      network: id.chainId,
      version: COMET_VERSION,
      channels: "QCAhIiMwOGBhAA==",
      moniker: "akash-localnet",
      other: { tx_index: "on", rpc_address: id.listenAddr },
    },
    application_version: {
      name: "akash",
      app_name: "akash",
      version: NODE_VERSION,
      git_commit: "",
      build_tags: "localnet",
      go_version: "",
      build_deps: [],
      cosmos_sdk_version: "v0.53.7",
    },
  };
}
