// What every command runs on, from the environment (docs/cli.md): the chain's endpoints, the
// key (a mnemonic, for this one process; never written anywhere), the provider proxy, the
// receipts file and the lock directory. The key becomes the same wallet session the browser's
// local-key wallet uses (direct signing, ADR-036 signArbitrary), so signatures, JWTs and
// attestations are made by the same code as in the browser.
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import type { HeadAttestation } from "../src/features/receipts/core/attestation";
import { createRestClient, type RestClient } from "../src/lib/rest-client";
import { createLocalKeySession } from "../src/features/wallet/runtime/local-key";
import { CliError, EXIT } from "./errors";

export interface CliEnv {
  rpc: string;
  rest: string;
  chainId: string | null;
  /** the network's id as the proxy knows it ("mainnet", "sandbox", "local") */
  networkId: string;
  proxy: string | null;
  gasPrice: number;
  receipts: string;
  lockDir: string | undefined;
  lockWaitMs: number;
}

export const ENV_DOCS: Record<string, string> = {
  AKASH_MNEMONIC:
    "the account's mnemonic (required: every command acts for this account; never logged or stored)",
  AKASH_RPC: "CometBFT RPC URL",
  AKASH_REST: "REST (gRPC gateway) URL",
  AKASH_CHAIN_ID: "the chain id (default: read from the RPC)",
  AKASH_NETWORK: "the network id the provider proxy serves (mainnet, sandbox, local); default mainnet",
  AKASH_CONSOLE_PROXY: "the console's provider proxy URL, e.g. https://console.example.com/provider-proxy",
  AKASH_GAS_PRICE: "uakt per gas unit (default 0.025)",
  AKASH_RECEIPTS: "the receipts file (JSONL); default ./akash-receipts.jsonl",
  AKASH_LOCK_DIR: "where account lock files live (default: the system's temp dir)",
  AKASH_LOCK_WAIT_SECONDS: "how long a mutation waits for another one on the same account (default 120)",
};

function need(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new CliError(EXIT.USAGE, `${name} is not set: ${ENV_DOCS[name]}.`);
  return value;
}

export function readEnv(env: NodeJS.ProcessEnv): CliEnv {
  const gasPrice = Number(env.AKASH_GAS_PRICE ?? "0.025");
  const wait = Number(env.AKASH_LOCK_WAIT_SECONDS ?? "120");
  if (!Number.isFinite(gasPrice) || gasPrice <= 0)
    throw new CliError(EXIT.USAGE, "AKASH_GAS_PRICE must be a positive number.");
  if (!Number.isFinite(wait) || wait < 0)
    throw new CliError(EXIT.USAGE, "AKASH_LOCK_WAIT_SECONDS must be a number of seconds.");
  return {
    rpc: need(env, "AKASH_RPC"),
    rest: need(env, "AKASH_REST"),
    chainId: env.AKASH_CHAIN_ID?.trim() || null,
    networkId: env.AKASH_NETWORK?.trim() || "mainnet",
    proxy: env.AKASH_CONSOLE_PROXY?.trim() || null,
    gasPrice,
    receipts: env.AKASH_RECEIPTS?.trim() || "akash-receipts.jsonl",
    lockDir: env.AKASH_LOCK_DIR?.trim() || undefined,
    lockWaitMs: wait * 1000,
  };
}

export interface Account {
  address: string;
  session: Awaited<ReturnType<typeof createLocalKeySession>>;
  attest(text: string): Promise<HeadAttestation>;
}

export async function accountFromMnemonic(env: NodeJS.ProcessEnv): Promise<Account> {
  const mnemonic = need(env, "AKASH_MNEMONIC");
  let address: string;
  try {
    const [first] = await (
      await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "akash" })
    ).getAccounts();
    address = first!.address;
  } catch {
    // Never echo the mnemonic: say only what is wrong with it.
    throw new CliError(EXIT.USAGE, "AKASH_MNEMONIC is not a valid BIP-39 mnemonic.");
  }
  const session = await createLocalKeySession({ name: "akash-console", address, mnemonic });
  return {
    address,
    session,
    async attest(text) {
      const signature = await session.signArbitrary(text);
      return {
        kind: "adr036",
        signer: address,
        pubKey: signature.pub_key.value,
        signature: signature.signature,
        data: text,
      };
    },
  };
}

export function restClient(env: CliEnv): RestClient {
  return createRestClient([env.rest]);
}

export async function chainIdOf(env: CliEnv): Promise<string> {
  if (env.chainId) return env.chainId;
  const res = await fetch(`${env.rpc.replace(/\/+$/, "")}/status`);
  const body = (await res.json()) as { result?: { node_info?: { network?: string } } };
  const id = body.result?.node_info?.network;
  if (!id) throw new CliError(EXIT.ERROR, `Could not read the chain id from ${env.rpc}/status.`);
  return id;
}
