// The chain and wallet side of the pipeline over cosmjs: simulate, sign with the wallet's
// offline signer (the account's sequence is read for every signature), broadcast_tx_sync and
// tx lookup by hash, on a transport that retries what a busy node refuses (rpc-client.ts). This
// module and its codecs load lazily, on the first transaction. An amino-only signer (Ledger)
// makes cosmjs sign SIGN_MODE_LEGACY_AMINO_JSON with aminoTypes. After each signature the bytes
// the wallet signed are rebuilt from the TxRaw (sign-doc.ts) and their SHA-256 goes to the receipt.
import type { OfflineSigner } from "@cosmjs/proto-signing";
import { BroadcastTxError, SigningStargateClient, type SignerData } from "@cosmjs/stargate";
import { Comet38Client, Tendermint37Client, type CometClient, type RpcClient } from "@cosmjs/tendermint-rpc";
import { fromHex, fromUtf8 } from "@cosmjs/encoding";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { SignedBytes } from "@/features/receipts";
import { PrepareSignError } from "../pipeline/errors";
import type { TxPorts } from "../pipeline/ports";
import type { TxMessage } from "../types";
import { createAkashRegistry } from "./registry";
import { retryingRpcClient } from "./rpc-client";
import { aminoTypes, decodeTxParts, sha256Hex, signDocBytes } from "./sign-doc";

export type ChainPorts = Pick<TxPorts, "simulate" | "sign" | "broadcast" | "findTx">;

/** Event attributes: strings since CometBFT 0.37, bytes in the 0.34 client type. */
const text = (v: string | Uint8Array) => (typeof v === "string" ? v : fromUtf8(v));

const toEncodeObjects = (messages: TxMessage[]) => messages.map(({ typeUrl, value }) => ({ typeUrl, value }));

/** cosmjs's connectComet, on our transport: CometBFT 0.38 and 1.x speak the 0.38 dialect. */
async function cometClientOn(rpc: RpcClient): Promise<CometClient> {
  const probe = Tendermint37Client.create(rpc);
  const version = (await probe.status()).nodeInfo.version;
  return version.startsWith("0.37.") ? probe : Comet38Client.create(rpc);
}

export async function createChainPorts(opts: {
  rpcUrls: readonly string[];
  signer: OfflineSigner;
  address: string;
}): Promise<ChainPorts & { disconnect(): void }> {
  const registry = createAkashRegistry();
  const amino = aminoTypes();
  const comet = await cometClientOn(retryingRpcClient(opts.rpcUrls));
  const client = SigningStargateClient.createWithSigner(comet, opts.signer, { registry, aminoTypes: amino });

  const signerData = async (sequence?: number): Promise<SignerData> => {
    try {
      const account = await client.getSequence(opts.address);
      const chainId = await client.getChainId();
      return { accountNumber: account.accountNumber, sequence: sequence ?? account.sequence, chainId };
    } catch (err) {
      throw new PrepareSignError(err instanceof Error ? err.message : String(err));
    }
  };

  const signedBytesOf = (bytes: Uint8Array, data: SignerData): SignedBytes | null => {
    const parts = decodeTxParts(bytes, registry);
    const accountNumber = String(data.accountNumber);
    const doc = signDocBytes(parts, { chainId: data.chainId, accountNumber }, amino);
    if (!doc || !parts.mode || parts.sequence === null) return null;
    return {
      mode: parts.mode,
      signDocSha256: sha256Hex(doc),
      accountNumber,
      sequence: String(parts.sequence),
    };
  };

  return {
    simulate: (messages, memo) => client.simulate(opts.address, toEncodeObjects(messages), memo),
    async sign(messages, fee, memo, sequence) {
      const data = await signerData(sequence);
      const raw = await client.sign(opts.address, toEncodeObjects(messages), fee, memo, data);
      const bytes = TxRaw.encode(raw).finish();
      return { bytes, signed: signedBytesOf(bytes, data) };
    },
    async broadcast(txBytes) {
      try {
        await client.broadcastTxSync(txBytes);
        return { code: 0, codespace: "", log: "" };
      } catch (err) {
        if (err instanceof BroadcastTxError)
          return { code: err.code, codespace: err.codespace, log: err.log ?? "" };
        throw err;
      }
    },
    // `tx` by hash, not cosmjs's getTx (tx_search): only it carries the codespace, without which
    // a code cannot be told apart (sdk 11 "out of gas" from deployment 11).
    async findTx(hash) {
      let tx;
      try {
        tx = await comet.tx({ hash: fromHex(hash) });
      } catch (err) {
        if (/not found/i.test(err instanceof Error ? err.message : String(err))) return null;
        throw err;
      }
      return {
        height: tx.height,
        code: tx.result.code,
        codespace: tx.result.codespace ?? "",
        rawLog: tx.result.log ?? "",
        events: tx.result.events.map((e) => ({
          type: e.type,
          attributes: e.attributes.map((a) => ({ key: text(a.key), value: text(a.value) })),
        })),
      };
    },
    disconnect: () => client.disconnect(),
  };
}
