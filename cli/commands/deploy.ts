// `deploy`: check the SDL, create the deployment (with its deposit), wait for bids, pick one
// (--pick cheapest | audited | a provider address | attribute=value), accept it (a lease), send
// the manifest through the proxy and, with --wait-ready, wait until every service is ready.
// Prints {dseq, provider, uris, ...} as JSON on stdout. Every signature leaves receipts.
import { createDeployment } from "../../src/features/transactions/messages/deployment";
import { createLease } from "../../src/features/transactions/messages/market";
import { reserveForAccept } from "../../src/features/deploy/utils/accept-bid-gas";
import { fetchMarketParams } from "../../src/features/market/api/market-params";
import { bidIdOf } from "../../src/lib/chain-json";
import { fetchBids, fetchProvider, latestHeight, type Bid, type ProviderInfo } from "../chain-reads";
import { CliError, EXIT } from "../errors";
import { providerAccess } from "../provider";
import { readSdl } from "../sdl";
import type { Session } from "../session";
import { poll, waitReady } from "./wait";

export interface DeployOptions {
  sdl: string;
  pick: string;
  deposit: string;
  waitReady: boolean;
  dryRun: boolean;
  bidTimeoutMs: number;
  readyTimeoutMs: number;
}

const priceOf = (b: Bid) => Number(b.price.amount);

export function pickBid(bids: Bid[], providers: Map<string, ProviderInfo>, pick: string): Bid | null {
  const open = bids.filter((b) => b.state === "open").sort((a, b) => priceOf(a) - priceOf(b));
  if (pick === "cheapest") return open[0] ?? null;
  if (pick === "audited") return open.find((b) => providers.get(b.provider)?.audited) ?? null;
  if (pick.startsWith("akash1")) return open.find((b) => b.provider === pick) ?? null;
  const [key, value] = pick.split("=");
  if (!key || value === undefined)
    throw new CliError(
      EXIT.USAGE,
      `--pick ${pick}: use cheapest, audited, a provider address or attribute=value.`,
    );
  return (
    open.find((b) => providers.get(b.provider)?.attributes.some((a) => a.key === key && a.value === value)) ??
    null
  );
}

export function networkKind(networkId: string): string {
  return networkId === "sandbox" ? "sandbox" : "mainnet";
}

export async function deploy(s: Session, o: DeployOptions): Promise<unknown> {
  const sdl = await readSdl(o.sdl, networkKind(s.env.networkId));
  for (const w of sdl.warnings) s.log(`warning: ${w}`);
  const owner = s.account.address;
  // The CLI's dseq is the height, as the Akash CLI does: one process per account holds the lock.
  const dseq = String(await latestHeight(s.rest));
  const denom = sdl.built.overview[0]?.maxPrice.denom ?? "uact";
  const deposit = { denom, amount: o.deposit };
  const msg = createDeployment({
    owner,
    dseq,
    groups: sdl.built.groupSpecs,
    hash: sdl.built.hash,
    deposit,
    overview: sdl.built.overview,
  });
  if (o.dryRun) return { dryRun: true, dseq, ...(await s.tx.plan([msg])) };
  const created = await s.tx.run([msg], {
    action: "create",
    target: { owner, dseq },
    request: {
      sdl: sdl.text,
      manifestVersionHash: sdl.built.hashHex,
      deposit,
      maxPrice: sdl.built.overview[0]?.maxPrice ?? null,
    },
  });
  s.log(`Created deployment ${dseq} (tx ${created.txHash}); waiting for bids…`);
  const providers = new Map<string, ProviderInfo>();
  const pickNow = async () => {
    const bids = await fetchBids(s.rest, owner, dseq);
    for (const b of bids)
      if (!providers.has(b.provider)) providers.set(b.provider, await fetchProvider(s.rest, b.provider));
    return { bid: pickBid(bids, providers, o.pick), count: bids.length };
  };
  // Providers bid over a few blocks: once one matches, wait until the count stops growing, so
  // the pick sees them all and the lease's gas (it releases every other bid) is simulated on
  // the order book it will meet.
  let seen = await poll(o.bidTimeoutMs, async () => {
    const now = await pickNow();
    return now.bid ? now : null;
  });
  for (let settled = 0; seen && settled < 10; settled++) {
    await new Promise((r) => setTimeout(r, 2_000));
    const now = await pickNow();
    if (now.count === seen.count) break;
    seen = now.bid ? now : seen;
  }
  const bid = seen?.bid ?? null;
  if (!bid)
    throw new CliError(
      EXIT.TIMEOUT,
      `No bid matching --pick ${o.pick} on deployment ${dseq} within ${o.bidTimeoutMs / 1000} s. It stays open with its deposit: close it with \`akash-console close --dseq ${dseq}\`.`,
    );
  // As the browser does: the fee reserves gas for bids that may still land before inclusion.
  const gasReserve = () =>
    reserveForAccept(bid, {
      orderMaxBids: async () => (await fetchMarketParams(s.rest)).orderMaxBids,
      bids: () => fetchBids(s.rest, owner, dseq),
    });
  const lease = await s.tx.run(
    [createLease({ bid: bidIdOf(bid), price: bid.price, providerName: bid.provider })],
    {
      action: "accept-bid",
      target: { owner, dseq, gseq: bid.gseq, oseq: bid.oseq, provider: bid.provider },
      request: { maxPrice: bid.price },
    },
    { gasReserve },
  );
  s.log(`Lease with ${bid.provider} (tx ${lease.txHash}); sending the manifest…`);
  const access = providerAccess(s.env, s.account, () => sdl.services);
  const info = providers.get(bid.provider)!;
  const target = access.target(bid.provider, info.hostUri);
  await sendManifestWithReceipt(s, access, target, {
    owner,
    dseq,
    bid,
    sdl: sdl.text,
    hashHex: sdl.built.hashHex,
    manifestJson: sdl.built.manifestJson,
  });
  const status = o.waitReady ? await waitReady(access, target, bid, o.readyTimeoutMs) : null;
  return {
    dseq,
    owner,
    provider: bid.provider,
    gseq: bid.gseq,
    oseq: bid.oseq,
    price: bid.price,
    ready: status?.allReady ?? null,
    uris: status?.services.flatMap((sv) => sv.uris) ?? [],
    services: status?.services ?? [],
    receipts: s.env.receipts,
  };
}

export async function sendManifestWithReceipt(
  s: Session,
  access: ReturnType<typeof providerAccess>,
  target: ReturnType<ReturnType<typeof providerAccess>["target"]>,
  d: { owner: string; dseq: string; bid: Bid; sdl: string; hashHex: string; manifestJson: string },
): Promise<void> {
  const receipt = await s.receipts.begin({
    action: "send-manifest",
    network: { id: s.env.networkId, name: s.env.networkId },
    chainId: s.env.chainId ?? "",
    walletName: "akash-console CLI",
    signer: d.owner,
    target: { owner: d.owner, dseq: d.dseq, gseq: d.bid.gseq, oseq: d.bid.oseq, provider: d.bid.provider },
    request: { sdl: d.sdl, manifestVersionHash: d.hashHex },
  });
  try {
    await access.sendManifest(target, d.dseq, d.manifestJson);
    await s.receipts.complete(receipt, { state: "success", status: "HTTP 200" });
  } catch (err) {
    await s.receipts.complete(receipt, {
      state: "failed",
      status: err instanceof Error ? err.message : String(err),
    });
    throw err;
  }
}
