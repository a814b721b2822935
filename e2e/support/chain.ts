// A tenant that acts on the local network the way any client would: cosmjs signs and
// broadcasts MsgCreateDeployment / MsgCreateLease / MsgCloseDeployment (chain-sdk codecs in a
// cosmjs Registry), and REST is read with fetch. Used by e2e specs and the deployments benchmarks.
import {
  DirectSecp256k1HdWallet,
  Registry,
  type EncodeObject,
  type GeneratedType,
} from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient, calculateFee, defaultRegistryTypes } from "@cosmjs/stargate";
import Long from "long";
import { parse as parseYaml } from "yaml";
import { generateManifest, generateManifestVersion, type SDLInput } from "@akashnetwork/chain-sdk/web";
import { MsgCloseDeployment, MsgCreateDeployment } from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import { MsgCreateLease } from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import { Source } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { cpuSdl } from "../../localnet/providers/testing/sdl.ts";

type Codec = GeneratedType & { $type: string };

function akashRegistry(): Registry {
  const codecs: Codec[] = [MsgCreateDeployment, MsgCloseDeployment, MsgCreateLease] as unknown as Codec[];
  return new Registry([
    ...defaultRegistryTypes,
    ...codecs.map((c): [string, GeneratedType] => [`/${c.$type}`, c]),
  ]);
}

/** A small CPU web service priced in uact per block, as a tenant would write it. */
export const webSdl = (opts: { cpu?: number; memory?: string; priceUact?: number } = {}): string =>
  cpuSdl(opts);

export interface ChainBid {
  provider: string;
  gseq: number;
  oseq: number;
  bseq: number;
  state: string;
  /** uact per block, LegacyDec string */
  price: string;
}

export interface Tenant {
  address: string;
  rest<T>(path: string): Promise<T>;
  /** creates one deployment per dseq in a single transaction */
  createDeployments(dseqs: number[], sdl?: string, depositUact?: string): Promise<void>;
  waitForBids(dseq: number, count?: number, timeoutMs?: number): Promise<ChainBid[]>;
  createLease(dseq: number, bid: ChainBid): Promise<void>;
  closeDeployment(dseq: number): Promise<void>;
  disconnect(): void;
}

async function buildGroups(sdl: string) {
  const built = generateManifest(parseYaml(sdl) as SDLInput);
  if (!built.ok) throw new Error(`invalid SDL: ${JSON.stringify(built.value)}`);
  return { groups: built.value.groupSpecs, hash: await generateManifestVersion(built.value.groups) };
}

/** Gas for bids that may land on an order before inclusion: order_max_bids + 1 of them, ~45k each. */
const BID_CLOSE_RESERVE = 21 * 45_000;

export async function connectTenant(opts: { mnemonic: string; rpc: string; rest: string }): Promise<Tenant> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(opts.mnemonic, { prefix: "akash" });
  const [account] = await wallet.getAccounts();
  if (!account) throw new Error("the tenant wallet has no account");
  const address = account.address;
  const gasPrice = GasPrice.fromString("0.025uakt");
  const client = await SigningStargateClient.connectWithSigner(opts.rpc, wallet, {
    registry: akashRegistry(),
    gasPrice,
    broadcastPollIntervalMs: 200,
  });
  // Gas as a careful client sets it: the simulation × 1.5, plus a reserve for work the simulation
  // cannot see. Closing bids costs gas, and bids land on an open order between simulation and
  // inclusion (the console reserves the same way: deploy/utils/accept-bid-gas.ts).
  const send = async (msgs: EncodeObject[], reserve = 0) => {
    const simulated = await client.simulate(address, msgs, undefined);
    const fee = calculateFee(Math.ceil(simulated * 1.5) + reserve, gasPrice);
    const res = await client.signAndBroadcast(address, msgs, fee);
    if (res.code !== 0) throw new Error(`tx failed: code ${res.code} ${res.rawLog ?? ""}`);
  };
  const rest = async <T>(path: string): Promise<T> => {
    const res = await fetch(opts.rest + path);
    if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const dseqLong = (dseq: number) => Long.fromNumber(dseq, true);

  return {
    address,
    rest,
    async createDeployments(dseqs, sdl = webSdl(), depositUact = "5000000") {
      const { groups, hash } = await buildGroups(sdl);
      const msgs = dseqs.map((dseq) => ({
        typeUrl: `/${MsgCreateDeployment.$type}`,
        value: MsgCreateDeployment.fromPartial({
          id: { owner: address, dseq: dseqLong(dseq) },
          groups,
          hash,
          deposit: { amount: { denom: "uact", amount: depositUact }, sources: [Source.balance] },
        }),
      }));
      await send(msgs);
    },
    async waitForBids(dseq, count = 1, timeoutMs = 20_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const body = await rest<{
          bids: { bid: { id: ChainBid; state: string; price: { amount: string } } }[];
        }>(`/akash/market/v1beta5/bids/list?filters.owner=${address}&filters.dseq=${dseq}`);
        const bids = body.bids.map(({ bid }) => ({ ...bid.id, state: bid.state, price: bid.price.amount }));
        if (bids.length >= count) return bids;
        if (Date.now() > end) throw new Error(`only ${bids.length} bids on ${dseq} after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 250));
      }
    },
    async createLease(dseq, bid) {
      const bidId = {
        owner: address,
        dseq: dseqLong(dseq),
        gseq: bid.gseq,
        oseq: bid.oseq,
        provider: bid.provider,
        bseq: bid.bseq,
      };
      await send(
        [{ typeUrl: `/${MsgCreateLease.$type}`, value: MsgCreateLease.fromPartial({ bidId }) }],
        BID_CLOSE_RESERVE,
      );
    },
    async closeDeployment(dseq) {
      const id = { owner: address, dseq: dseqLong(dseq) };
      await send(
        [{ typeUrl: `/${MsgCloseDeployment.$type}`, value: MsgCloseDeployment.fromPartial({ id }) }],
        BID_CLOSE_RESERVE,
      );
    },
    disconnect: () => client.disconnect(),
  };
}

/** Seconds of runway the chain's escrow has now, at the lease's rate (settled lazily: funds as of settled_at). */
export async function escrowRunwaySec(tenant: Tenant, dseq: number, blockTimeSec: number): Promise<number> {
  const { leases } = await tenant.rest<{ leases: { lease: { price: { amount: string } } }[] }>(
    `/akash/market/v1beta5/leases/list?filters.owner=${tenant.address}&filters.dseq=${dseq}`,
  );
  const rate = Number(leases[0]!.lease.price.amount);
  const info = await tenant.rest<{
    escrow_account: { state: { funds: { amount: string }[]; settled_at: string } };
  }>(`/akash/deployment/v1beta4/deployments/info?id.owner=${tenant.address}&id.dseq=${dseq}`);
  const { block } = await tenant.rest<{ block: { header: { height: string } } }>(
    "/cosmos/base/tendermint/v1beta1/blocks/latest",
  );
  const funds = Number(info.escrow_account.state.funds[0]!.amount);
  const left = funds - (Number(block.header.height) - Number(info.escrow_account.state.settled_at)) * rate;
  return (left / rate) * blockTimeSec;
}

/** Setup through cosmjs: once in a while a busy chain needs more gas than the margin; try once more. */
export async function retryOutOfGas<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    if (!/out of gas/.test(String(err))) throw err;
    return step();
  }
}
