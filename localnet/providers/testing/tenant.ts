// A tenant for the integration tests, built only from unmodified clients: cosmjs for transactions,
// chain-sdk for the SDL → manifest/group specs/hash and for the provider JWT, fetch for REST.
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet, type EncodeObject } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import Long from "long";
import {
  JwtTokenManager,
  generateManifest,
  generateManifestVersion,
  manifestToSortedJSON,
} from "@akashnetwork/chain-sdk/web";
import type { JwtTokenAccessScope, SDLInput } from "@akashnetwork/chain-sdk/web";
import { MsgCloseDeployment, MsgCreateDeployment } from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import { MsgCloseLease, MsgCreateLease } from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import { Source } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { parse as parseYaml } from "yaml";
import { durationFromSeconds, withReclamation } from "../../codec/index.ts";
import { createAkashRegistry } from "../chain/registry.ts";

export interface Bid {
  provider: string;
  price: string;
  state: string;
  gseq: number;
  oseq: number;
  bseq: number;
}

export async function createTenant(opts: { mnemonic: string; rpc: string; rest: string }) {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(opts.mnemonic, { prefix: "akash" });
  const amino = await Secp256k1HdWallet.fromMnemonic(opts.mnemonic, { prefix: "akash" });
  const [account] = await wallet.getAccounts();
  if (!account) throw new Error("tenant wallet has no account");
  const address = account.address;
  const client = await SigningStargateClient.connectWithSigner(opts.rpc, wallet, {
    registry: createAkashRegistry(),
    gasPrice: GasPrice.fromString("0.025uakt"),
    broadcastPollIntervalMs: 100,
  });
  const send = async (msgs: EncodeObject[]) => {
    const res = await client.signAndBroadcast(address, msgs, 1.5);
    if (res.code !== 0) throw new Error(`tx failed: ${res.code} ${res.rawLog ?? ""}`);
    return res;
  };
  const restJson = async (path: string): Promise<unknown> => (await fetch(opts.rest + path)).json();

  return {
    address,
    client,
    rest: restJson,
    /** `reclamationSec`: the SDL's reclamation.min_window (AEP-82), set on MsgCreateDeployment field 5. */
    async createDeployment(sdl: string, dseq: number, deposit = "5000000", reclamationSec?: number) {
      const built = generateManifest(parseYaml(sdl) as SDLInput);
      if (!built.ok) throw new Error(`invalid SDL: ${JSON.stringify(built.value)}`);
      const hash = await generateManifestVersion(built.value.groups);
      const msg = MsgCreateDeployment.fromPartial({
        id: { owner: address, dseq: Long.fromNumber(dseq, true) },
        groups: built.value.groupSpecs,
        hash,
        deposit: { amount: { denom: "uact", amount: deposit }, sources: [Source.balance] },
      });
      const reclamation =
        reclamationSec === undefined ? undefined : { minWindow: durationFromSeconds(reclamationSec) };
      await send([{ typeUrl: `/${MsgCreateDeployment.$type}`, value: withReclamation(msg, reclamation) }]);
      return { dseq, manifest: manifestToSortedJSON(built.value.groups) };
    },
    async bids(dseq: number): Promise<Bid[]> {
      const res = (await restJson(
        `/akash/market/v1beta5/bids/list?filters.owner=${address}&filters.dseq=${dseq}`,
      )) as {
        bids?: {
          bid: {
            id: { provider: string; gseq: number; oseq: number; bseq?: number };
            state: string;
            price: { amount: string };
          };
        }[];
      };
      return (res.bids ?? []).map(({ bid }) => ({
        provider: bid.id.provider,
        price: bid.price.amount,
        state: bid.state,
        gseq: bid.id.gseq,
        oseq: bid.id.oseq,
        bseq: bid.id.bseq ?? 0,
      }));
    },
    async createLease(dseq: number, bid: Bid) {
      const bidId = {
        owner: address,
        dseq: Long.fromNumber(dseq, true),
        gseq: bid.gseq,
        oseq: bid.oseq,
        provider: bid.provider,
        bseq: bid.bseq,
      };
      await send([{ typeUrl: `/${MsgCreateLease.$type}`, value: MsgCreateLease.fromPartial({ bidId }) }]);
    },
    async closeLease(dseq: number, bid: Bid) {
      const id = {
        owner: address,
        dseq: Long.fromNumber(dseq, true),
        gseq: bid.gseq,
        oseq: bid.oseq,
        provider: bid.provider,
        bseq: bid.bseq,
      };
      await send([{ typeUrl: `/${MsgCloseLease.$type}`, value: MsgCloseLease.fromPartial({ id }) }]);
    },
    async closeDeployment(dseq: number) {
      const id = { owner: address, dseq: Long.fromNumber(dseq, true) };
      await send([
        { typeUrl: `/${MsgCloseDeployment.$type}`, value: MsgCloseDeployment.fromPartial({ id }) },
      ]);
    },
    token(opts: { scope?: JwtTokenAccessScope[]; exp?: number } = {}) {
      return new JwtTokenManager(amino).generateToken({
        version: "v1",
        iss: address,
        ...(opts.exp ? { exp: opts.exp } : {}),
        leases: opts.scope ? { access: "scoped", scope: opts.scope } : { access: "full" },
      });
    },
    disconnect: () => client.disconnect(),
  };
}

export type Tenant = Awaited<ReturnType<typeof createTenant>>;

export async function eventually<T>(
  what: string,
  fn: () => Promise<T>,
  ok: (v: T) => boolean,
  ms = 15_000,
): Promise<T> {
  const end = Date.now() + ms;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await fn();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}
