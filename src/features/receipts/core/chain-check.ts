// "Check against the chain": every receipt whose transaction reached a block is compared with the
// transaction the chain holds under its hash: included at that height, with that code, signed by
// the receipt's wallet, carrying the messages the receipt records (types, owner, dseq, gseq, oseq,
// provider, amounts, deployment hash). A version 2 receipt also records the SHA-256 of the bytes
// the wallet signed; the check rebuilds those bytes from the transaction on chain, compares the
// hash and verifies the on-chain signature over them, which matches the receipt byte for byte.
// The panel and `npm run verify-receipts -- --rpc URL` both run this; decoding a transaction
// (protobuf, amino JSON) is injected, as it lives with the signing code.
import { factDifferences, messageFacts } from "./message-facts";
import type { Coin, MessageFacts, Receipt } from "./receipt";

export interface OnChainTx {
  height: number;
  code: number;
  /** the TxRaw bytes the chain stores */
  tx: Uint8Array;
}

export interface DecodedTx {
  messages: { typeUrl: string; value: unknown }[];
  /** the address of the first signer's public key, when the tx carries it */
  signer: string | null;
  fee: { amount: Coin[]; gas: string } | null;
  sequence: string | null;
  mode: "direct" | "amino-json" | null;
  /** the sign doc rebuilt with this account number: its SHA-256, and whether the tx's signature covers it */
  signDoc(accountNumber: string): Promise<{ sha256: string; signatureCovers: boolean } | null>;
}

export type TxDecoder = (txBytes: Uint8Array, ctx: { chainId: string; prefix: string }) => Promise<DecodedTx>;

export interface ChainSource {
  chainId: string;
  /** the transaction by hash, or null when the node does not know it */
  findTx(hash: string, signal?: AbortSignal): Promise<OnChainTx | null>;
}

export type CheckStatus = "match" | "mismatch" | "missing" | "error";

export interface ReceiptCheck {
  /** 0-based chain position of the receipt checked (the attempt's final entry) */
  index: number;
  id: string;
  txHash: string;
  status: CheckStatus;
  /** the signed bytes were matched and the signature verified */
  byteForByte: boolean;
  problems: string[];
  notes: string[];
}

export interface ChainCheckReport {
  chainId: string;
  results: ReceiptCheck[];
  /** final receipts with a transaction on other chains, not checked here */
  otherChains: number;
  ok: boolean;
  lines: string[];
}

/** The latest entry of each attempt that says its transaction is in a block. */
export function receiptsToCheck(receipts: readonly Receipt[]): { receipt: Receipt; index: number }[] {
  const latest = new Map<string, { receipt: Receipt; index: number }>();
  receipts.forEach((receipt, index) => latest.set(receipt.attempt, { receipt, index }));
  return [...latest.values()].filter(
    ({ receipt: r }) =>
      (r.state === "success" || r.state === "failed") &&
      r.response.txHash !== null &&
      r.response.height !== null,
  );
}

const prefixOf = (address: string) => address.slice(0, Math.max(0, address.lastIndexOf("1")));
const coinText = (c: readonly Coin[]) => c.map((x) => `${x.amount}${x.denom}`).join("+") || "none";

/** What a version 1 receipt says about its messages, from its target and request. */
function v1Differences(r: Receipt, onChain: readonly MessageFacts[]): string[] {
  const out: string[] = [];
  const t = r.target;
  onChain.forEach((m, i) => {
    const at = `message ${i + 1}`;
    if (t.owner && m.owner && m.owner !== t.owner)
      out.push(`${at}: owner is ${m.owner}, the receipt says ${t.owner}`);
    if (t.dseq && m.dseq && m.dseq !== t.dseq)
      out.push(`${at}: dseq is ${m.dseq}, the receipt says ${t.dseq}`);
    if (t.provider && m.provider && m.provider !== t.provider)
      out.push(`${at}: provider is ${m.provider}, the receipt says ${t.provider}`);
  });
  const deposit = r.request.deposit;
  const moved = onChain[0]?.amounts[0];
  if (deposit && moved && (moved.denom !== deposit.denom || moved.amount !== deposit.amount))
    out.push(`the chain moved ${coinText([moved])}, the receipt says ${coinText([deposit])}`);
  return out;
}

async function signedBytesFindings(r: Receipt, d: DecodedTx, c: ReceiptCheck): Promise<void> {
  if (r.schemaVersion === 1) {
    c.notes.push(
      "A version 1 receipt does not record the signed bytes: its messages match, but not byte for byte.",
    );
    return;
  }
  if (!r.signed) return void c.notes.push("This receipt does not record the signed bytes.");
  if (d.mode !== r.signed.mode)
    c.problems.push(`signed in ${d.mode ?? "an unknown"} mode on chain, ${r.signed.mode} in the receipt`);
  if (d.sequence !== r.signed.sequence)
    c.problems.push(
      `signed with sequence ${d.sequence ?? "?"} on chain, ${r.signed.sequence} in the receipt`,
    );
  const doc = await d.signDoc(r.signed.accountNumber);
  if (!doc) return void c.problems.push("the bytes signed on chain cannot be rebuilt");
  if (doc.sha256 !== r.signed.signDocSha256)
    c.problems.push("the bytes signed on chain are not the bytes this receipt says the wallet signed");
  else if (!doc.signatureCovers)
    c.problems.push("the signature on chain does not cover the bytes this receipt records");
  else c.byteForByte = true;
}

async function checkOne(r: Receipt, index: number, tx: OnChainTx, decode: TxDecoder): Promise<ReceiptCheck> {
  const c: ReceiptCheck = {
    index,
    id: r.id,
    txHash: r.response.txHash!,
    status: "match",
    byteForByte: false,
    problems: [],
    notes: [],
  };
  if (tx.height !== r.response.height)
    c.problems.push(`included at height ${tx.height}, the receipt says ${r.response.height}`);
  const code = r.state === "success" ? 0 : r.response.code;
  if (tx.code !== code)
    c.problems.push(`the chain's result code is ${tx.code}, the receipt says ${code ?? "none"}`);
  const d = await decode(tx.tx, { chainId: r.chainId, prefix: prefixOf(r.wallet.signer) });
  if (d.signer !== r.wallet.signer)
    c.problems.push(
      `signed on chain by ${d.signer ?? "an unknown key"}, the receipt names ${r.wallet.signer}`,
    );
  const onChain = d.messages.map((m) => messageFacts(m.typeUrl, m.value));
  const types = onChain.map((m) => m.typeUrl);
  if (types.join() !== r.request.messageTypeUrls.join())
    c.problems.push(
      `the chain has ${types.join(", ") || "no messages"}, the receipt records ${r.request.messageTypeUrls.join(", ") || "none"}`,
    );
  else
    c.problems.push(
      ...(r.request.messages ? factDifferences(r.request.messages, onChain) : v1Differences(r, onChain)),
    );
  const fee = r.request.fee;
  if (fee && d.fee && (fee.gas !== d.fee.gas || coinText(fee.amount) !== coinText(d.fee.amount)))
    c.notes.push(
      `The wallet changed the fee: ${coinText(d.fee.amount)} for ${d.fee.gas} gas on chain, ${coinText(fee.amount)} for ${fee.gas} asked.`,
    );
  await signedBytesFindings(r, d, c);
  if (c.problems.length > 0) c.status = "mismatch";
  return c;
}

function summary(report: Omit<ChainCheckReport, "lines" | "ok">): string[] {
  const count = (s: CheckStatus) => report.results.filter((c) => c.status === s).length;
  const exact = report.results.filter((c) => c.byteForByte).length;
  const lines = [
    `Checked ${report.results.length} receipts against ${report.chainId}: ${count("match")} match the chain (${exact} byte for byte), ${count("mismatch")} do not, ${count("missing")} are not on chain${count("error") ? `, ${count("error")} could not be checked` : ""}.`,
  ];
  if (report.otherChains > 0)
    lines.push(`${report.otherChains} receipts are for other networks and were not checked.`);
  for (const c of report.results)
    if (c.status !== "match")
      lines.push(`Receipt #${c.index + 1} (id ${c.id}, tx ${c.txHash}): ${c.problems.join("; ")}.`);
  return lines;
}

export async function checkAgainstChain(
  receipts: readonly Receipt[],
  source: ChainSource,
  decode: TxDecoder,
  opts: { signal?: AbortSignal; onProgress?(done: number, total: number): void } = {},
): Promise<ChainCheckReport> {
  const candidates = receiptsToCheck(receipts);
  const here = candidates.filter(({ receipt }) => receipt.chainId === source.chainId);
  const results: ReceiptCheck[] = [];
  for (const { receipt: r, index } of here) {
    if (opts.signal?.aborted) break;
    const base = { index, id: r.id, txHash: r.response.txHash!, byteForByte: false, notes: [] };
    try {
      const tx = await source.findTx(r.response.txHash!, opts.signal);
      results.push(
        tx
          ? await checkOne(r, index, tx, decode)
          : {
              ...base,
              status: "missing",
              problems: ["the node does not know this transaction (pruned, or it never existed)"],
            },
      );
    } catch (err) {
      results.push({
        ...base,
        status: "error",
        problems: [err instanceof Error ? err.message : String(err)],
      });
    }
    opts.onProgress?.(results.length, here.length);
  }
  const partial = { chainId: source.chainId, results, otherChains: candidates.length - here.length };
  return { ...partial, ok: results.every((c) => c.status === "match"), lines: summary(partial) };
}
