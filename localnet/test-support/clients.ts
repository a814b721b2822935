// Unmodified clients for tests and benchmarks: cosmjs SigningStargateClient with a Registry of
// chain-sdk private types keyed by "/" + $type (as Console builds it), and chain-sdk's web SDK.

import * as akashV1 from "@akashnetwork/chain-sdk/private-types/akash.v1";
import * as akashV1beta4 from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import * as akashV1beta5 from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import { createChainNodeWebSDK } from "@akashnetwork/chain-sdk/web";
import { DirectSecp256k1HdWallet, Registry, type GeneratedType } from "@cosmjs/proto-signing";
import { defaultRegistryTypes, GasPrice, SigningStargateClient } from "@cosmjs/stargate";

function akashTypes(): Array<[string, GeneratedType]> {
  const out: Array<[string, GeneratedType]> = [];
  for (const mod of [akashV1, akashV1beta4, akashV1beta5]) {
    for (const v of Object.values(mod) as unknown[]) {
      const t = v as { $type?: unknown; encode?: unknown; decode?: unknown };
      if (
        typeof t?.$type === "string" &&
        typeof t.encode === "function" &&
        typeof t.decode === "function" &&
        t.$type.includes(".Msg")
      ) {
        out.push([`/${t.$type}`, v as GeneratedType]);
      }
    }
  }
  return out;
}

export function akashRegistry(): Registry {
  return new Registry([...defaultRegistryTypes, ...akashTypes()]);
}

export interface Signer {
  address: string;
  client: SigningStargateClient;
  wallet: DirectSecp256k1HdWallet;
}

export async function connectSigner(rpc: string, mnemonic: string, pollMs = 100): Promise<Signer> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "akash" });
  const [account] = await wallet.getAccounts();
  if (!account) throw new Error("wallet has no account");
  const client = await SigningStargateClient.connectWithSigner(rpc, wallet, {
    registry: akashRegistry(),
    gasPrice: GasPrice.fromString("0.025uakt"),
    broadcastPollIntervalMs: pollMs,
    broadcastTimeoutMs: 30_000,
  });
  return { address: account.address, client, wallet };
}

export function webSdk(rest: string) {
  return createChainNodeWebSDK({ query: { baseUrl: rest } });
}
