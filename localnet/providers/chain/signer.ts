// One chain identity (a provider or the auditor): its own HD wallet from its mnemonic, its own
// cosmjs SigningStargateClient on the chain's RPC, and a queue so its transactions go out one at
// a time — account sequences are per signer, exactly as for a real provider's key.
import { DirectSecp256k1HdWallet, type EncodeObject } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient, type DeliverTxResponse } from "@cosmjs/stargate";
import { createAkashRegistry } from "./registry.ts";

export interface ChainSigner {
  address: string;
  /** signs, broadcasts and waits for inclusion; throws when the chain rejects the tx */
  send(messages: EncodeObject[], memo?: string): Promise<DeliverTxResponse>;
  disconnect(): void;
}

export class TxFailedError extends Error {
  constructor(
    readonly code: number,
    readonly rawLog: string,
  ) {
    super(`tx failed with code ${code}: ${rawLog}`);
  }
}

export async function createSigner(opts: {
  mnemonic: string;
  rpc: string;
  blockTimeMs: number;
}): Promise<ChainSigner> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(opts.mnemonic, { prefix: "akash" });
  const [account] = await wallet.getAccounts();
  if (!account) throw new Error("wallet has no account");
  const client = await SigningStargateClient.connectWithSigner(opts.rpc, wallet, {
    registry: createAkashRegistry(),
    gasPrice: GasPrice.fromString("0.025uakt"),
    // cosmjs polls tx_search every 3 s by default; localnet blocks can be 200 ms.
    broadcastPollIntervalMs: Math.max(100, Math.floor(opts.blockTimeMs / 2)),
    broadcastTimeoutMs: Math.max(30_000, opts.blockTimeMs * 30),
  });
  let queue: Promise<unknown> = Promise.resolve();
  const sendNow = async (messages: EncodeObject[], memo: string): Promise<DeliverTxResponse> => {
    const res = await client.signAndBroadcast(account.address, messages, 1.5, memo);
    if (res.code !== 0) throw new TxFailedError(res.code, res.rawLog ?? "");
    return res;
  };
  return {
    address: account.address,
    send(messages, memo = "") {
      const next = queue.then(() => sendNow(messages, memo));
      queue = next.catch(() => undefined);
      return next;
    },
    disconnect: () => client.disconnect(),
  };
}
