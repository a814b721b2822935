// `npm run verify-receipts -- FILE [--allow-unanchored] [--rpc URL]`: checks a receipts export
// (JSON or JSONL) outside the browser with the very code the console runs: every hash, every link,
// the header, and the anchoring by the wallets' own signatures. By default a file whose receipts
// are not all covered by a signature of the wallet that made them is NOT verified (anyone can
// write receipts and recompute hashes); --allow-unanchored accepts that, and says so. With --rpc,
// every receipt whose transaction reached a block is also checked against that node's chain.
// Exit code 0 when everything verifies, 1 when anything does not, 2 on usage errors.
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { checkAgainstChain } from "../src/features/receipts/core/chain-check.ts";
import type { Receipt } from "../src/features/receipts/core/receipt.ts";
import { rpcChainId, rpcChainSource } from "../src/features/receipts/core/rpc-source.ts";
import { isAccepted, verifyExportText } from "../src/features/receipts/core/verify-export.ts";
import { decodeTx } from "../src/features/transactions/signing/decode-tx.ts";

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = "Usage: npm run verify-receipts -- FILE [--allow-unanchored] [--rpc URL]";

interface Args {
  path: string;
  allowUnanchored: boolean;
  rpc: string | null;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { path: "", allowUnanchored: false, rpc: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") continue;
    if (a === "--allow-unanchored") args.allowUnanchored = true;
    else if (a === "--rpc") {
      const url = argv[++i];
      if (!url || !/^https?:\/\//.test(url)) return "--rpc needs an http(s) URL of a CometBFT RPC node.";
      args.rpc = url;
    } else if (a.startsWith("--")) return `Unknown option ${a}.`;
    else if (args.path) return "Give one file.";
    else args.path = a;
  }
  return args.path ? args : "Give the export file to verify.";
}

async function checkChain(rpc: string, receipts: Receipt[], io: Io): Promise<boolean> {
  try {
    const chainId = await rpcChainId(rpc);
    const report = await checkAgainstChain(receipts, rpcChainSource(rpc, chainId), decodeTx);
    for (const line of report.lines) (report.ok ? io.out : io.err)(line);
    return report.ok;
  } catch (err) {
    io.err(`The chain could not be checked: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
}

export async function verifyReceiptsCli(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    io.err(args);
    io.err(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(args.path, "utf8");
  } catch (err) {
    io.err(`Cannot read ${args.path}: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const report = await verifyExportText(text);
  for (const line of report.lines) (report.ok ? io.out : io.err)(line);
  let ok = isAccepted(report, { allowUnanchored: args.allowUnanchored });
  if (args.rpc) {
    if (report.verdict === "broken")
      io.err("Not checked against the chain: the receipts themselves do not verify.");
    else ok = (await checkChain(args.rpc, report.receipts as Receipt[], io)) && ok;
  }
  if (ok && report.verdict === "unanchored")
    io.out(`VERIFIED ${args.path} (UNANCHORED, accepted by --allow-unanchored: nothing proves who wrote it)`);
  else io.out(ok ? `VERIFIED ${args.path}` : `NOT VERIFIED ${args.path}`);
  if (!ok && report.verdict === "unanchored" && !args.allowUnanchored)
    io.err("The receipts are intact but not anchored; pass --allow-unanchored to accept that.");
  return ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  void verifyReceiptsCli(process.argv.slice(2), { out: console.log, err: console.error }).then((code) =>
    process.exit(code),
  );
