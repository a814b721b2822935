// localnet-tx-throughput: signed MsgSend transactions per second that the chain commits,
// sustained for LOCALNET_BENCH_SECONDS (default 60). The chain runs as its own process (the CLI)
// so that signing here does not share its event loop; several accounts sign ahead of inclusion
// with explicit sequences, as wallets of many users would. Target >= 200 tx/s.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createPrivateKey, sign, type KeyObject } from "node:crypto";
import { makeAuthInfoBytes, makeSignBytes, makeSignDoc, Registry, encodePubkey } from "@cosmjs/proto-signing";
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { Bip39, EnglishMnemonic, Secp256k1, Slip10, Slip10Curve, stringToPath } from "@cosmjs/crypto";
import { toBase64, toBech32 } from "@cosmjs/encoding";
import { sha256, ripemd160 } from "@cosmjs/crypto";
import { defaultRegistryTypes } from "@cosmjs/stargate";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { cpuMs, spawnLocalnet } from "../localnet/test-support/spawn-cli.ts";
import type { BenchResult } from "./lib/types.ts";

const registry = new Registry(defaultRegistryTypes);

function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Math.round(Number(m[1]) / 1024) : 0;
}

async function rpc(url: string, method: string, params: object): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await res.json()) as { result?: Record<string, unknown>; error?: unknown };
  if (!body.result) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
  return body.result;
}

interface Sender {
  key: KeyObject;
  address: string;
  pubkey: Uint8Array;
  accountNumber: number;
  sequence: number;
}

async function account(rest: string, address: string): Promise<{ accountNumber: number; sequence: number }> {
  const body = (await (await fetch(`${rest}/cosmos/auth/v1beta1/accounts/${address}`)).json()) as {
    account: { account_number: string; sequence: string };
  };
  return { accountNumber: Number(body.account.account_number), sequence: Number(body.account.sequence) };
}

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const b64url = (b: Uint8Array) => Buffer.from(b).toString("base64url");

/**
 * The load generator signs with OpenSSL rather than cosmjs' pure-JS signer so that the client,
 * on the same 2-core machine, is not what limits the measurement. Signatures are normalised to
 * low-S exactly like cosmjs does, so the chain sees what any wallet would send.
 */
async function keyFor(mnemonic: string) {
  const seed = await Bip39.mnemonicToSeed(new EnglishMnemonic(mnemonic));
  const { privkey } = Slip10.derivePath(Slip10Curve.Secp256k1, seed, stringToPath("m/44'/118'/0'/0/0"));
  const { pubkey } = await Secp256k1.makeKeypair(privkey);
  const key = createPrivateKey({
    key: {
      kty: "EC",
      crv: "secp256k1",
      d: b64url(privkey),
      x: b64url(pubkey.slice(1, 33)),
      y: b64url(pubkey.slice(33)),
    },
    format: "jwk",
  });
  const compressed = Secp256k1.compressPubkey(pubkey);
  return { key, pubkey: compressed, address: toBech32("akash", ripemd160(sha256(compressed))) };
}

function signSend(s: Sender, chainId: string, to: string): Uint8Array {
  const body = registry.encodeTxBody({
    messages: [
      {
        typeUrl: "/cosmos.bank.v1beta1.MsgSend",
        value: { fromAddress: s.address, toAddress: to, amount: [{ denom: "uakt", amount: "1" }] },
      },
    ],
    memo: "",
  });
  const authInfo = makeAuthInfoBytes(
    [{ pubkey: encodePubkey(encodeSecp256k1Pubkey(s.pubkey)), sequence: s.sequence }],
    [{ denom: "uakt", amount: "500" }],
    200_000,
    undefined,
    undefined,
  );
  const sig = sign("sha256", makeSignBytes(makeSignDoc(body, authInfo, chainId, s.accountNumber)), {
    key: s.key,
    dsaEncoding: "ieee-p1363",
  });
  const sv = BigInt(`0x${sig.subarray(32).toString("hex")}`);
  if (sv > N / 2n) Buffer.from((N - sv).toString(16).padStart(64, "0"), "hex").copy(sig, 32);
  return TxRaw.encode({ bodyBytes: body, authInfoBytes: authInfo, signatures: [sig] }).finish();
}

const BATCH = Number(process.env.LOCALNET_BENCH_BATCH ?? 50);

export default async function run(): Promise<BenchResult[]> {
  const seconds = Number(process.env.LOCALNET_BENCH_SECONDS ?? 60);
  const dir = mkdtempSync(join(tmpdir(), "bench-tps-"));
  const net = await spawnLocalnet([
    "--data-dir",
    dir,
    "--providers",
    "0",
    "--rpc-port",
    "0",
    "--rest-port",
    "0",
    "--admin-port",
    "0",
    "--relay-port",
    "0",
    "--block-time-ms",
    "1000",
  ]);
  try {
    const { rpc: rpcUrl, rest, chainId, accounts } = net.info;
    const senders: Sender[] = [];
    for (const a of accounts) {
      const k = await keyFor(a.mnemonic);
      if (k.address !== a.address) throw new Error(`key derivation mismatch for ${a.name}`);
      senders.push({ ...k, ...(await account(rest, a.address)) });
    }
    const startHeight = Number(
      ((await rpc(rpcUrl, "status", {})).sync_info as { latest_block_height: string }).latest_block_height,
    );
    const rssStartMb = rssMb(net.child.pid);
    const cpuStart = cpuMs(net.child.pid);
    const deadline = Date.now() + seconds * 1000;
    let accepted = 0;
    let rejected = 0;
    await Promise.all(
      senders.map(async (s, i) => {
        const to = senders[(i + 1) % senders.length]?.address ?? s.address;
        while (Date.now() < deadline) {
          const batch = Array.from({ length: BATCH }, (_, k) => {
            const tx = signSend({ ...s, sequence: s.sequence + k }, chainId, to);
            return { jsonrpc: "2.0", id: k, method: "broadcast_tx_sync", params: { tx: toBase64(tx) } };
          });
          const res = await fetch(rpcUrl, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(batch),
          });
          const results = (await res.json()) as Array<{ result?: { code: number } }>;
          const ok = results.findIndex((r) => r.result?.code !== 0);
          const good = ok < 0 ? results.length : ok;
          accepted += good;
          rejected += results.length - good;
          s.sequence += good;
          if (good < results.length) {
            // a sequence gap (a rejected tx): resync from committed state once the mempool drains
            await new Promise((r) => setTimeout(r, 1100));
            Object.assign(s, await account(rest, s.address));
          }
        }
      }),
    );
    const windowEnd = Number(
      ((await rpc(rpcUrl, "status", {})).sync_info as { latest_block_height: string }).latest_block_height,
    );
    let committed = 0;
    let fullestBlock = 0;
    for (let h = startHeight + 1; h <= windowEnd; h++) {
      const b = (await rpc(rpcUrl, "block_results", { height: String(h) })) as {
        txs_results: Array<{ code: number }> | null;
      };
      const n = (b.txs_results ?? []).filter((t) => t.code === 0).length;
      committed += n;
      fullestBlock = Math.max(fullestBlock, n);
    }
    const rssEndMb = rssMb(net.child.pid);
    const chainCpuMs = cpuMs(net.child.pid) - cpuStart;
    return [
      {
        bench: "localnet-tx-throughput",
        value: Math.round((committed / seconds) * 10) / 10,
        unit: "tx/s",
        target: 200,
        seconds,
        committed,
        accepted,
        rejected,
        senders: senders.length,
        blocks: windowEnd - startHeight,
        fullestBlock,
        rssStartMb,
        rssEndMb,
        // chain CPU per committed tx, and what that allows on one dedicated core
        chainCpuMsPerTx: committed ? Math.round((chainCpuMs / committed) * 100) / 100 : null,
        cpuBoundTxPerSec: committed && chainCpuMs ? Math.round((committed / chainCpuMs) * 1000) : null,
        loadAverage: Math.round(loadavg()[0] ?? 0),
      },
    ];
  } finally {
    await net.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
