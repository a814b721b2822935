// The `akash-console` bin against the local network and a console server's provider proxy, as a
// CI job would run it: deploy → ready → update → ready → close, every mutation leaving receipts
// that `npm run verify-receipts` verifies; and two mutations at once on one account: with no
// wait, one fails with exit code 5 and says who holds the lock; with a wait, both succeed in
// turn; the receipts file stays one valid chain either way.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalnet, type RunningLocalnet } from "../localnet/index";
import { composeServer } from "../server/compose";
import { loadServerConfig } from "../server/config";
import { silentLogger } from "../server/log";
import type { ConsoleServer } from "../server/app";
import { verifyExportText } from "../src/features/receipts/core/verify-export";
import { parseExport } from "../src/features/receipts/core/export-format";
import type { Receipt } from "../src/features/receipts/core/receipt";
import { EXIT } from "./errors";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const BIN = join(root, "bin", "akash-console.mjs");
const SDL = join(root, "src/features/sdl/templates/web-server.yaml");
const run = promisify(execFile);

let dir = "";
let net: RunningLocalnet;
let proxy: ConsoleServer;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "akash-console-cli-"));
  net = await startLocalnet({
    dataDir: join(dir, "localnet"),
    blockTimeMs: 1000,
    rpcPort: 0,
    restPort: 0,
    adminPort: 0,
    relayPort: 0,
    providerBasePort: 0,
    reset: true,
  });
  const { app } = composeServer(loadServerConfig({ CONSOLE_DIST_DIR: "" }), {
    localnet: net.info,
    localWallet: null,
    log: silentLogger,
  });
  proxy = app;
  const proxyUrl = await app.listen(0);
  const tenant = net.info.accounts.find((a) => a.name === "tenant-2")!;
  env = {
    PATH: process.env.PATH,
    AKASH_RPC: net.info.rpc,
    AKASH_REST: net.info.rest,
    AKASH_NETWORK: "local",
    AKASH_CONSOLE_PROXY: `${proxyUrl}/provider-proxy`,
    AKASH_MNEMONIC: tenant.mnemonic,
    AKASH_RECEIPTS: join(dir, "receipts.jsonl"),
    AKASH_LOCK_DIR: dir,
  };
}, 120_000);

afterAll(async () => {
  await proxy?.close();
  await net?.stop();
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
});

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], extra: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...env, ...extra },
      cwd: dir,
      timeout: 180_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

const receipts = async (): Promise<Receipt[]> =>
  parseExport(await readFile(env.AKASH_RECEIPTS!, "utf8")).receipts as Receipt[];

describe("akash-console against the local network", () => {
  let dseq = "";

  it("deploys, waits until ready and prints dseq, provider and URIs as JSON", async () => {
    const out = await cli([
      "deploy",
      "--sdl",
      SDL,
      "--reason",
      "ci: first deploy",
      "--pick",
      "audited",
      "--wait-ready",
    ]);
    expect(out.stderr).not.toMatch(/abandon|mnemonic/i);
    expect(out.code, out.stderr).toBe(EXIT.OK);
    const result = JSON.parse(out.stdout) as {
      dseq: string;
      provider: string;
      uris: string[];
      ready: boolean;
    };
    const audited = net.info.providers.filter((p) => p.audited).map((p) => p.address);
    expect(audited).toContain(result.provider);
    expect(result.ready).toBe(true);
    expect(result.uris.length).toBeGreaterThan(0);
    dseq = result.dseq;
    const actions = (await receipts()).filter((r) => r.state !== "pending").map((r) => [r.action, r.state]);
    expect(actions).toEqual([
      ["create", "success"],
      ["accept-bid", "success"],
      ["send-manifest", "success"],
    ]);
    expect((await receipts()).find((r) => r.action === "create")?.reason).toBe("ci: first deploy");
  }, 240_000);

  it("plans an update without signing (--dry-run), then updates the image and the provider runs it", async () => {
    const sdl = (await readFile(SDL, "utf8")).replace(/image: (\S+):(\S+)/, "image: $1:$2-1");
    const next = join(dir, "next.yaml");
    await writeFile(next, sdl);
    const before = (await receipts()).length;
    const plan = await cli(["update", "--dseq", dseq, "--sdl", next, "--dry-run"]);
    expect(plan.code, plan.stderr).toBe(EXIT.OK);
    const planned = JSON.parse(plan.stdout) as {
      messages: { typeUrl: string }[];
      fee: { amount: unknown[] };
    };
    expect(planned.messages.map((m) => m.typeUrl)).toEqual(["/akash.deployment.v1beta4.MsgUpdateDeployment"]);
    expect(planned.fee.amount).toHaveLength(1);
    expect((await receipts()).length).toBe(before);
    const out = await cli([
      "update",
      "--dseq",
      dseq,
      "--sdl",
      next,
      "--reason",
      "ci: new image",
      "--wait-ready",
    ]);
    expect(out.code, out.stderr).toBe(EXIT.OK);
    expect(JSON.parse(out.stdout)).toMatchObject({ dseq, manifestSentTo: [{ ready: true }] });
  }, 240_000);

  it("runs one mutation at a time per account: without waiting the second fails clearly, with waiting both go", async () => {
    const deposit = (wait: string) =>
      cli(["deposit", "--dseq", dseq, "--amount", "100000", "--reason", "ci: top up"], {
        AKASH_LOCK_WAIT_SECONDS: wait,
      });
    const [a, b] = await Promise.all([deposit("0"), deposit("0")]);
    const codes = [a.code, b.code].sort();
    expect(codes).toEqual([EXIT.OK, EXIT.LOCKED]);
    const loser = a.code === EXIT.LOCKED ? a : b;
    expect(loser.stderr).toMatch(/Another mutation on this account is running \(pid \d+, "deposit"/);
    const [c, d] = await Promise.all([deposit("120"), deposit("120")]);
    expect([c.code, d.code]).toEqual([EXIT.OK, EXIT.OK]);
    expect(c.stderr + d.stderr).toMatch(/Waiting for another mutation/);
    expect((await receipts()).filter((r) => r.action === "deposit" && r.state === "success")).toHaveLength(3);
  }, 240_000);

  it("closes, and the receipts file verifies with the owner's attestation", async () => {
    const out = await cli(["close", "--dseq", dseq, "--reason", "ci: done"]);
    expect(out.code, out.stderr).toBe(EXIT.OK);
    const status = await cli(["status", "--dseq", dseq]);
    expect(JSON.parse(status.stdout)).toMatchObject({ dseq, state: "closed", leases: [] });
    const text = await readFile(env.AKASH_RECEIPTS!, "utf8");
    const report = await verifyExportText(text);
    const all = await receipts();
    const owner = net.info.accounts.find((a) => a.name === "tenant-2")!.address;
    expect(report.lines).toContain(
      `Signed by ${owner}: its receipts among the first ${all.length} are anchored.`,
    );
    expect(report.verdict).toBe("anchored");
    expect(text).not.toContain(env.AKASH_MNEMONIC!.split(" ").slice(0, 4).join(" "));
    // Format 2: every signed transaction names the bytes the key signed and what each message says.
    expect(all.every((r) => r.schemaVersion === 2)).toBe(true);
    const settled = all.filter((r) => r.response.txHash && r.state === "success");
    expect(settled.map((r) => r.action)).toEqual(
      expect.arrayContaining(["create", "accept-bid", "update", "deposit", "close"]),
    );
    for (const r of settled) {
      expect(r.signed, r.action).toMatchObject({
        mode: "direct",
        signDocSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(r.request.messages?.[0]?.dseq, r.action).toBe(dseq);
    }
    // verify-receipts, alone and against the chain (every signed byte and message fact matched).
    for (const extra of [[], ["--rpc", net.info.rpc]]) {
      const verify = await run(
        process.execPath,
        ["--import", "tsx", join(root, "scripts/verify-receipts.ts"), env.AKASH_RECEIPTS!, ...extra],
        { cwd: root },
      );
      expect(verify.stdout).toContain(`VERIFIED ${env.AKASH_RECEIPTS}`);
    }
  }, 300_000);

  it("refuses a mutation without a reason, and an SDL with errors, with their exit codes", async () => {
    expect((await cli(["close", "--dseq", "1"])).code).toBe(EXIT.USAGE);
    const bad = join(dir, "bad.yaml");
    await writeFile(bad, (await readFile(SDL, "utf8")).replace("denom: uact", "denom: uakt"));
    const out = await cli(["deploy", "--sdl", bad, "--reason", "x"]);
    expect(out.code).toBe(EXIT.INVALID_SDL);
    expect(out.stderr).toMatch(/bad\.yaml:\d+: .*uact/);
  }, 180_000);
});
