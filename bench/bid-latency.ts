// bid-latency: ms from the block that includes a provider's bid to that bid on screen, on the
// local network with 1 s blocks (target ≤ 1500). Providers are held back while the deployment
// page loads, then released; the page records when each bid row appears (MutationObserver) and
// the chain says at which block (and block time) each bid was made. Same machine, same clock.
import { connectTenant, webSdl } from "../e2e/support/chain";
import { median, startDeployBench } from "./lib/deploy-stack";
import type { BenchResult } from "./lib/types";

const ROUNDS = 3;

interface RestBid {
  bid: { id: { provider: string }; created_at: string };
}

export default async function run(): Promise<BenchResult[]> {
  const bench = await startDeployBench();
  const { localnet } = bench.info;
  const account = localnet.accounts.find((a) => a.name === "tenant-2");
  if (!account) throw new Error("no tenant-2 account");
  const tenant = await connectTenant({ mnemonic: account.mnemonic, rpc: localnet.rpc, rest: localnet.rest });
  const samples: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const p of localnet.providers)
        await bench.admin(`/providers/${p.name}/fault`, { kind: "stop-bidding" });
      const dseq = 900_000 + round;
      await tenant.createDeployments([dseq], webSdl(), "1000000");
      const { page } = await bench.open("tenant-2", `/deployments/${dseq}`);
      await page.getByTestId("bids-feed").waitFor();
      await page.evaluate(() => {
        const seen: Record<string, number> = {};
        (window as unknown as { __bidSeen: Record<string, number> }).__bidSeen = seen;
        new MutationObserver(() => {
          for (const row of document.querySelectorAll<HTMLElement>('[data-testid="bid-row"]')) {
            const provider = row.dataset.provider ?? "";
            seen[provider] ??= Date.now();
          }
        }).observe(document.body, { subtree: true, childList: true });
      });
      for (const p of localnet.providers) await bench.admin(`/providers/${p.name}/fault`, null);
      await page.getByTestId("bid-row").first().waitFor({ timeout: 30_000 });
      const seen = await page.evaluate(
        () => (window as unknown as { __bidSeen: Record<string, number> }).__bidSeen,
      );
      const bids = await tenant.rest<{ bids: RestBid[] }>(
        `/akash/market/v1beta5/bids/list?filters.owner=${tenant.address}&filters.dseq=${dseq}`,
      );
      for (const { bid } of bids.bids) {
        const shownAt = seen[bid.id.provider];
        if (shownAt === undefined) continue;
        const block = await tenant.rest<{ block: { header: { time: string } } }>(
          `/cosmos/base/tendermint/v1beta1/blocks/${bid.created_at}`,
        );
        samples.push(shownAt - Date.parse(block.block.header.time));
      }
      // The chain is thrown away afterwards: the deployment is left open.
      await page.close();
    }
  } finally {
    tenant.disconnect();
    await bench.close();
  }
  if (samples.length === 0) throw new Error("no bid was seen on screen");
  return [
    {
      bench: "bid-latency",
      value: Math.round(median(samples)),
      unit: "ms (median)",
      target: 1500,
      max: Math.round(Math.max(...samples)),
      samples: samples.length,
      blockTimeMs: 1000,
    },
  ];
}
