// Getting paid: the provider withdraws what its leases earned (MsgWithdrawLease) every so often,
// and at once for a lease whose deployment escrow has run dry — the withdrawal makes the chain
// settle the account, and an overdrawn account closes the deployment and its leases, as on mainnet.
import type { RestClient } from "../chain/rest.ts";
import { queries } from "../chain/rest.ts";
import type { ChainSigner } from "../chain/signer.ts";
import type { Logger } from "../logger.ts";
import { withdrawLeaseMsg } from "./messages.ts";

export interface LeaseKeeperDeps {
  address: string;
  rest: RestClient;
  signer: ChainSigner;
  log: Logger;
  withdrawEveryMs: number;
}

type ActiveLeases = Map<string, { bseq: number; price: string }>;

function parseKey(key: string) {
  const [owner = "", dseq = "", gseq = "0", oseq = "0"] = key.split("/");
  return { owner, dseq, gseq: Number(gseq), oseq: Number(oseq) };
}

/** Blocks of funds left in a deployment's escrow, given all its leases' rates. */
async function escrowRunway(rest: RestClient, owner: string, dseq: string, height: number): Promise<number> {
  const info = await queries.deployment(rest, owner, dseq);
  const state = info?.escrow_account?.state;
  if (!state || state.state !== "open") return 0;
  const funds = (state.funds ?? []).reduce((s, f) => s + Number(f.amount), 0);
  const all = await queries.deploymentLeases(rest, owner, dseq).catch(() => []);
  const rate = all.reduce((s, l) => s + Number(l.lease.price.amount), 0);
  if (rate <= 0) return Number.POSITIVE_INFINITY;
  const spent = (height - Number(state.settled_at ?? height)) * rate;
  return (funds - spent) / rate;
}

export function createLeaseKeeper(d: LeaseKeeperDeps) {
  let lastWithdraw = Date.now();
  return async function keep(active: ActiveLeases): Promise<void> {
    if (active.size === 0) return;
    const due = Date.now() - lastWithdraw >= d.withdrawEveryMs;
    const height = await queries.latestHeight(d.rest);
    const toWithdraw: string[] = [];
    for (const key of active.keys()) {
      const { owner, dseq } = parseKey(key);
      const runway = await escrowRunway(d.rest, owner, dseq, height);
      if (due || runway <= 1) toWithdraw.push(key);
    }
    if (toWithdraw.length === 0) return;
    const msgs = toWithdraw.map((key) =>
      withdrawLeaseMsg({ ...parseKey(key), provider: d.address, bseq: active.get(key)?.bseq ?? 0 }),
    );
    try {
      await d.signer.send(msgs);
      d.log.info("withdrew lease payments", { leases: toWithdraw.length });
    } catch (err) {
      d.log.warn("withdraw failed", { error: String(err) });
    }
    if (due) lastWithdraw = Date.now();
  };
}
