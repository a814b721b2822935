// The commands on an existing deployment: update (new SDL: its hash on chain, then the new
// manifest to every lease's provider), deposit, close; and the reads: status, bids, leases, logs.
import WebSocket from "ws";
import { closeDeployment, updateDeployment } from "../../src/features/transactions/messages/deployment";
import { accountDeposit } from "../../src/features/transactions/messages/escrow";
import { proxySocketUrl } from "../../src/features/leases/api/proxy-client";
import { deploymentState, fetchBids, fetchLeases, fetchProvider } from "../chain-reads";
import { CliError, EXIT } from "../errors";
import { providerAccess } from "../provider";
import { readSdl } from "../sdl";
import type { Session } from "../session";
import { networkKind, sendManifestWithReceipt } from "./deploy";
import { waitReady } from "./wait";

async function activeLeases(s: Session, dseq: string) {
  return fetchLeases(s.rest, s.account.address, { dseq, state: "active" });
}

export async function update(
  s: Session,
  o: { dseq: string; sdl: string; dryRun: boolean; waitReady: boolean; readyTimeoutMs: number },
) {
  const sdl = await readSdl(o.sdl, networkKind(s.env.networkId));
  const owner = s.account.address;
  const msg = updateDeployment({ owner, dseq: o.dseq, hash: sdl.built.hash, changes: [] });
  if (o.dryRun) return { dryRun: true, dseq: o.dseq, ...(await s.tx.plan([msg])) };
  const result = await s.tx.run([msg], {
    action: "update",
    target: { owner, dseq: o.dseq },
    request: { sdl: sdl.text, manifestVersionHash: sdl.built.hashHex },
  });
  const access = providerAccess(s.env, s.account, () => sdl.services);
  const leases = await activeLeases(s, o.dseq);
  const sent = [];
  for (const lease of leases) {
    const target = access.target(lease.provider, (await fetchProvider(s.rest, lease.provider)).hostUri);
    await sendManifestWithReceipt(s, access, target, {
      owner,
      dseq: o.dseq,
      bid: lease,
      sdl: sdl.text,
      hashHex: sdl.built.hashHex,
      manifestJson: sdl.built.manifestJson,
    });
    const status = o.waitReady ? await waitReady(access, target, lease, o.readyTimeoutMs) : null;
    sent.push({
      provider: lease.provider,
      gseq: lease.gseq,
      oseq: lease.oseq,
      ready: status?.allReady ?? null,
    });
  }
  return { dseq: o.dseq, txHash: result.txHash, height: result.height, manifestSentTo: sent };
}

export async function deposit(
  s: Session,
  o: { dseq: string; amount: string; denom: string; dryRun: boolean },
) {
  const owner = s.account.address;
  const amount = { denom: o.denom, amount: o.amount };
  const msg = accountDeposit({ signer: owner, owner, dseq: o.dseq, amount });
  if (o.dryRun) return { dryRun: true, dseq: o.dseq, ...(await s.tx.plan([msg])) };
  const result = await s.tx.run([msg], {
    action: "deposit",
    target: { owner, dseq: o.dseq },
    request: { deposit: amount },
  });
  return { dseq: o.dseq, deposited: amount, txHash: result.txHash, height: result.height };
}

export async function close(s: Session, o: { dseq: string; dryRun: boolean }) {
  const owner = s.account.address;
  const msg = closeDeployment({ owner, dseq: o.dseq });
  if (o.dryRun) return { dryRun: true, dseq: o.dseq, ...(await s.tx.plan([msg])) };
  const result = await s.tx.run([msg], { action: "close", target: { owner, dseq: o.dseq } });
  return { dseq: o.dseq, closed: true, txHash: result.txHash, height: result.height };
}

export async function status(s: Session, o: { dseq: string }) {
  const state = await deploymentState(s.rest, s.account.address, o.dseq);
  if (state === null) throw new CliError(EXIT.USAGE, `No deployment ${o.dseq} for ${s.account.address}.`);
  const access = s.env.proxy ? providerAccess(s.env, s.account) : null;
  const leases = [];
  for (const lease of await activeLeases(s, o.dseq)) {
    let services = null;
    if (access) {
      const target = access.target(lease.provider, (await fetchProvider(s.rest, lease.provider)).hostUri);
      services = (await access.status(target, lease)).services;
    }
    leases.push({
      provider: lease.provider,
      gseq: lease.gseq,
      oseq: lease.oseq,
      price: lease.price,
      services,
    });
  }
  return {
    dseq: o.dseq,
    state,
    leases,
    uris: leases.flatMap((l) => l.services?.flatMap((sv) => sv.uris) ?? []),
  };
}

export async function bids(s: Session, o: { dseq: string }) {
  return { dseq: o.dseq, bids: await fetchBids(s.rest, s.account.address, o.dseq) };
}

export async function leases(s: Session, o: { dseq: string | null; state: string | null }) {
  return {
    leases: await fetchLeases(s.rest, s.account.address, {
      dseq: o.dseq ?? undefined,
      state: o.state ?? undefined,
    }),
  };
}

/** Streams the lease's logs to stdout for `seconds` (0: until the provider ends the stream). */
export async function logs(s: Session, o: { dseq: string; seconds: number; tail: number }) {
  const [lease] = await activeLeases(s, o.dseq);
  if (!lease) throw new CliError(EXIT.USAGE, `Deployment ${o.dseq} has no active lease.`);
  const access = providerAccess(s.env, s.account);
  const target = access.target(lease.provider, (await fetchProvider(s.rest, lease.provider)).hostUri);
  const token = await access.jwt.token(lease.provider, o.dseq);
  const path = `/lease/${o.dseq}/${lease.gseq}/${lease.oseq}/logs?tail=${o.tail}&follow=true`;
  const ws = new WebSocket(proxySocketUrl(target.proxyUrl, new URL(target.proxyUrl).origin));
  await new Promise<void>((done, fail) => {
    let open = false;
    const timer = o.seconds > 0 ? setTimeout(() => ws.close(1000), o.seconds * 1000) : undefined;
    ws.on("open", () =>
      ws.send(
        JSON.stringify({
          network: target.networkId,
          providerAddress: lease.provider,
          url: target.hostUri.replace(/\/+$/, "") + path,
          token,
        }),
      ),
    );
    ws.on("message", (data: Buffer) => {
      const text = data.toString("utf8");
      if (!open) {
        const control = JSON.parse(text) as { type: string; message?: string };
        if (control.type === "open") open = true;
        else fail(new CliError(EXIT.PROVIDER, control.message ?? "The provider refused the log stream."));
        return;
      }
      try {
        const frame = JSON.parse(text) as { name?: string; message?: string };
        process.stdout.write(`${frame.name ?? ""}\t${frame.message ?? text}\n`);
      } catch {
        process.stdout.write(`${text}\n`);
      }
    });
    ws.on("error", (err) => fail(new CliError(EXIT.PROVIDER, `The log stream failed: ${err.message}`)));
    ws.on("close", () => {
      clearTimeout(timer);
      done();
    });
  });
  return null;
}
