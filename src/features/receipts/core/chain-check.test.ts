// The chain check's verdicts over a fake node and a fake decoder (both are ports): which receipts
// are checked, and each way a receipt can disagree with the chain, in the sentence the panel and
// the CLI print. The real decoder and node are exercised in localnet/console-pipeline.integration.test.ts.
import { describe, expect, it } from "vitest";
import { sampleChain, SAMPLE_SIGNER } from "../testing/sample-chain";
import { checkAgainstChain, type ChainSource, type DecodedTx, type OnChainTx } from "./chain-check";
import { messageFacts } from "./message-facts";
import type { Receipt } from "./receipt";

const CREATE = "/akash.deployment.v1beta4.MsgCreateDeployment";
const CHAIN = "akash-localnet-1";
const value = (dseq: string, amount = "500000") => ({
  id: { owner: SAMPLE_SIGNER, dseq },
  deposit: { amount: { denom: "uact", amount } },
});
const SIGNED = { mode: "direct" as const, signDocSha256: "ab".repeat(32), accountNumber: "7", sequence: "3" };

/** Four attempts on the local chain: success, success, failed in a block (code 5), rejected. */
async function receipts(): Promise<Receipt[]> {
  const chain = structuredClone(await sampleChain(4));
  for (const r of chain) {
    r.request.messages = [messageFacts(CREATE, value(r.target.dseq!))];
    if (r.response.txHash) r.signed = { ...SIGNED };
  }
  return chain;
}

/** What the node holds: each receipt's tx as the receipt says, unless `edit` changes it. */
function fakeChain(
  chain: readonly Receipt[],
  edit: (hash: string, tx: OnChainTx, d: DecodedTx) => OnChainTx | null = (_h, tx) => tx,
) {
  const decoded = new Map<number, DecodedTx>();
  const txs = new Map<string, OnChainTx | null>();
  for (const r of chain) {
    const hash = r.response.txHash;
    if (!hash || r.response.height === null) continue;
    const key = decoded.size;
    const d: DecodedTx = {
      messages: [{ typeUrl: CREATE, value: value(r.target.dseq!) }],
      signer: SAMPLE_SIGNER,
      fee: r.request.fee,
      sequence: "3",
      mode: "direct",
      signDoc: async () => ({ sha256: SIGNED.signDocSha256, signatureCovers: true }),
    };
    decoded.set(key, d);
    txs.set(
      hash,
      edit(hash, { height: r.response.height, code: r.response.code ?? 0, tx: Uint8Array.of(key) }, d),
    );
  }
  const looked: string[] = [];
  const source: ChainSource = {
    chainId: CHAIN,
    async findTx(hash) {
      looked.push(hash);
      const tx = txs.get(hash);
      if (tx === undefined) throw new Error(`node unreachable for ${hash}`);
      return tx;
    },
  };
  return { source, decode: async (bytes: Uint8Array) => decoded.get(bytes[0]!)!, looked };
}

describe("checkAgainstChain", () => {
  it("checks each attempt's last entry that reached a block, successes and failures, and matches them byte for byte", async () => {
    const chain = await receipts();
    const { source, decode, looked } = fakeChain(chain);
    const report = await checkAgainstChain(chain, source, decode);
    expect(looked).toEqual([chain[1], chain[3], chain[5]].map((r) => r!.response.txHash));
    expect(report.ok).toBe(true);
    expect(report.lines).toEqual([
      `Checked 3 receipts against ${CHAIN}: 3 match the chain (3 byte for byte), 0 do not, 0 are not on chain.`,
    ]);
  });

  it("names a receipt whose height, code, signer, amounts or signed bytes differ from the chain", async () => {
    const chain = await receipts();
    const hashes = chain.map((r) => r.response.txHash);
    const { source, decode } = fakeChain(chain, (hash, tx, d) => {
      if (hash === hashes[1]) return { ...tx, height: tx.height + 1, code: 11 };
      if (hash === hashes[3]) {
        d.signer = "akash1attacker";
        d.messages = [{ typeUrl: CREATE, value: value(chain[3]!.target.dseq!, "1") }];
      }
      if (hash === hashes[5]) d.signDoc = async () => ({ sha256: "00".repeat(32), signatureCovers: true });
      return tx;
    });
    const report = await checkAgainstChain(chain, source, decode);
    expect(report.ok).toBe(false);
    expect(report.results.map((c) => c.status)).toEqual(["mismatch", "mismatch", "mismatch"]);
    const text = report.lines.join("\n");
    expect(text).toContain("0 match the chain (2 byte for byte), 3 do not");
    expect(text).toContain("Receipt #2 (id r0-b");
    expect(text).toContain("included at height 101, the receipt says 100");
    expect(text).toContain("the chain's result code is 11, the receipt says 0");
    expect(text).toContain(`signed on chain by akash1attacker, the receipt names ${SAMPLE_SIGNER}`);
    expect(text).toContain(
      'amounts is [{"denom":"uact","amount":"500000"}] in the receipt but [{"denom":"uact","amount":"1"}] on chain',
    );
    expect(text).toContain("the bytes signed on chain are not the bytes this receipt says the wallet signed");
  });

  it("tells a transaction the node does not know from one it could not look up", async () => {
    const chain = await receipts();
    const hashes = chain.map((r) => r.response.txHash);
    const { source, decode } = fakeChain(chain, (hash, tx) => (hash === hashes[1] ? null : tx));
    const unreachable: ChainSource = {
      ...source,
      findTx: (hash) => (hash === hashes[3] ? Promise.reject(new Error("node busy")) : source.findTx(hash)),
    };
    const report = await checkAgainstChain(chain, unreachable, decode);
    expect(report.results.map((c) => c.status)).toEqual(["missing", "error", "match"]);
    expect(report.lines[0]).toContain(
      "1 match the chain (1 byte for byte), 0 do not, 1 are not on chain, 1 could not be checked.",
    );
    expect(report.ok).toBe(false);
  });

  it("leaves receipts of other networks out, and says how many", async () => {
    const chain = await sampleChain(5);
    const { source, decode } = fakeChain(chain);
    const report = await checkAgainstChain(chain, source, decode);
    // attempt 4 is on the sandbox: its tx is on another chain
    expect(report.otherChains).toBe(1);
    expect(report.lines).toContain("1 receipts are for other networks and were not checked.");
  });
});
