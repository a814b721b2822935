// The chain and wallet side of the pipeline over cosmjs: simulate, sign with the wallet's
// offline signer (the account's sequence is read for every signature), broadcast_tx_sync and
// tx lookup by hash. This module and its codecs load lazily, on the first transaction. An
// amino-only signer (Ledger) makes cosmjs sign SIGN_MODE_LEGACY_AMINO_JSON with aminoTypes.
import type { OfflineSigner } from "@cosmjs/proto-signing";
import {
  AminoTypes,
  BroadcastTxError,
  createDefaultAminoConverters,
  SigningStargateClient,
} from "@cosmjs/stargate";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { TxPorts } from "../pipeline/ports";
import type { TxMessage } from "../types";
import { createAuthzAminoConverters } from "./amino-authz";
import { createAkashAminoConverters } from "./amino-converters";
import { createAkashRegistry } from "./registry";

export type ChainPorts = Pick<TxPorts, "simulate" | "sign" | "broadcast" | "findTx">;

const toEncodeObjects = (messages: TxMessage[]) => messages.map(({ typeUrl, value }) => ({ typeUrl, value }));

export async function createChainPorts(opts: {
  rpcUrl: string;
  signer: OfflineSigner;
  address: string;
}): Promise<ChainPorts & { disconnect(): void }> {
  const client = await SigningStargateClient.connectWithSigner(opts.rpcUrl, opts.signer, {
    registry: createAkashRegistry(),
    aminoTypes: new AminoTypes({
      ...createDefaultAminoConverters(),
      ...createAkashAminoConverters(),
      ...createAuthzAminoConverters(),
    }),
  });
  return {
    simulate: (messages, memo) => client.simulate(opts.address, toEncodeObjects(messages), memo),
    async sign(messages, fee, memo, sequence) {
      const signerData =
        sequence === undefined
          ? undefined
          : {
              accountNumber: (await client.getSequence(opts.address)).accountNumber,
              sequence,
              chainId: await client.getChainId(),
            };
      const raw = await client.sign(opts.address, toEncodeObjects(messages), fee, memo, signerData);
      return TxRaw.encode(raw).finish();
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
    async findTx(hash) {
      const tx = await client.getTx(hash);
      if (!tx) return null;
      return {
        height: tx.height,
        code: tx.code,
        codespace: "",
        rawLog: tx.rawLog ?? "",
        events: tx.events.map((e) => ({
          type: e.type,
          attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })),
        })),
      };
    },
    disconnect: () => client.disconnect(),
  };
}
