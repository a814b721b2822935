// The console's own signing code on a real chain: the pipeline (simulate → fee → sign → broadcast →
// inclusion) through createChainPorts over HTTP, writing receipts to a real ReceiptStore, with a
// direct signer and an amino-only one (as a Ledger). Two things only a chain can show:
// - a bid that lands between simulation and inclusion: MsgCreateLease closes it too, and a fee
//   from the simulation alone runs out of gas; the accept-bid reserve does not;
// - `verify-receipts --rpc` matches every receipt to its transaction byte for byte, and names a
//   receipt that lies about what was signed even when its owner re-signed the head.
import "fake-indexeddb/auto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet, type OfflineSigner } from "@cosmjs/proto-signing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reserveForAccept } from "../src/features/deploy/utils/accept-bid-gas.ts";
import { fetchBids } from "../src/features/market/api/bids.ts";
import { fetchMarketParams } from "../src/features/market/api/market-params.ts";
import {
  adr036SignDoc,
  attestationText,
  type HeadAttestation,
} from "../src/features/receipts/core/attestation.ts";
import { makeHeader, toJsonlExport } from "../src/features/receipts/core/export-format.ts";
import type { Receipt } from "../src/features/receipts/core/receipt.ts";
import { ReceiptStore } from "../src/features/receipts/store/receipt-store.ts";
import { reseal } from "../src/features/receipts/testing/tamper-corpus.ts";
import { accountDeposit } from "../src/features/transactions/messages/escrow.ts";
import { closeDeployment, createDeployment } from "../src/features/transactions/messages/deployment.ts";
import { createLease } from "../src/features/transactions/messages/market.ts";
import {
  signAndBroadcast,
  type SignOptions,
} from "../src/features/transactions/pipeline/sign-and-broadcast.ts";
import { createChainPorts } from "../src/features/transactions/signing/chain-ports.ts";
import { receiptPort, type ReceiptContext } from "../src/features/transactions/signing/receipt-port.ts";
import type { TxMessage, TxResult } from "../src/features/transactions/types.ts";
import { createLocalLock } from "../src/lib/locks.ts";
import { createRestClient } from "../src/lib/rest-client.ts";
import { verifyReceiptsCli } from "../scripts/verify-receipts.ts";
import { connectSigner, type Signer } from "./test-support/clients.ts";
import { bidMsg, deploymentMsg, type BidRef } from "./test-support/fixtures.ts";
import { startTestNet, type TestNet } from "./test-support/harness.ts";

let t: TestNet;
let dir: string;
const providers: Signer[] = [];
const store = new ReceiptStore({ dbName: "console-pipeline", channel: null, lock: createLocalLock() });
const FEE = { amount: [{ denom: "uakt", amount: "30000" }], gas: "1200000" };
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function newProvider(funder: Signer, port: number): Promise<Signer> {
  const wallet = await DirectSecp256k1HdWallet.generate(24, { prefix: "akash" });
  const [account] = await wallet.getAccounts();
  const send = {
    typeUrl: "/cosmos.bank.v1beta1.MsgSend",
    value: {
      fromAddress: funder.address,
      toAddress: account!.address,
      amount: [{ denom: "uakt", amount: "100000000" }],
    },
  };
  expect((await funder.client.signAndBroadcast(funder.address, [send], FEE)).code).toBe(0);
  const p = await connectSigner(t.net.info.rpc, wallet.mnemonic);
  const create = {
    typeUrl: "/akash.provider.v1beta4.MsgCreateProvider",
    value: { owner: p.address, hostUri: `https://127.0.0.1:${port}`, attributes: [], info: {} },
  };
  expect((await p.client.signAndBroadcast(p.address, [create], FEE)).code).toBe(0);
  return p;
}

/** A provider bids on the tenant's order (deposit in uakt: the market accepts both denoms). */
async function bid(p: Signer, ref: Omit<BidRef, "provider">) {
  const msg = bidMsg({ ...ref, provider: p.address }, "800");
  (msg.value as { deposit: unknown }).deposit = { amount: { denom: "uakt", amount: "500000" }, sources: [1] };
  const res = await p.client.signAndBroadcast(p.address, [msg], FEE);
  expect(res.code, res.rawLog).toBe(0);
}

/** One transaction through the console's pipeline, as useTransaction runs it. */
async function viaConsole(
  signer: OfflineSigner,
  address: string,
  messages: TxMessage[],
  context: ReceiptContext,
  opts: { beforeSigning?: () => Promise<void> } & Pick<SignOptions, "gasReserve"> = {},
): Promise<TxResult> {
  const chain = await createChainPorts({ rpcUrls: [t.net.info.rpc], signer, address });
  const who = {
    network: { id: "local", name: "Local network" },
    chainId: t.net.info.chainId,
    walletName: "test",
    signer: address,
  };
  try {
    return await signAndBroadcast(
      messages,
      {
        ...chain,
        review: async () => (await opts.beforeSigning?.(), { approved: true, reason: null }),
        nextBlock: () => sleep(100),
        now: () => Date.now(),
        receipts: receiptPort(store, who, context),
      },
      { gasPrice: 0.025, gasReserve: opts.gasReserve, inclusionTimeoutMs: 20_000 },
    );
  } finally {
    chain.disconnect();
  }
}

function createMsg(owner: string, dseq: number): TxMessage {
  const { value } = deploymentMsg(owner, dseq);
  return createDeployment({
    owner,
    dseq: String(dseq),
    groups: value.groups,
    hash: value.hash,
    deposit: { denom: "uact", amount: "5000000" },
    overview: [],
  });
}

async function attestation(
  wallet: Secp256k1HdWallet,
  receipts: readonly Receipt[],
): Promise<HeadAttestation> {
  const address = (await wallet.getAccounts())[0]!.address;
  const data = attestationText(receipts.at(-1)!.sha256, receipts.length, new Date().toISOString());
  const { signature } = await wallet.signAmino(address, adr036SignDoc(address, data));
  return {
    kind: "adr036",
    signer: address,
    data,
    pubKey: signature.pub_key.value,
    signature: signature.signature,
  };
}

beforeAll(async () => {
  t = await startTestNet();
  dir = await mkdtemp(join(tmpdir(), "console-pipeline-"));
  const funder = await connectSigner(t.net.info.rpc, t.mnemonic("auditor"));
  for (let i = 0; i < 3; i++) providers.push(await newProvider(funder, 9100 + i));
  funder.client.disconnect();
});

afterAll(async () => {
  for (const p of providers) p.client.disconnect();
  await store.close();
  await rm(dir, { recursive: true, force: true });
  await t?.close();
});

describe("the console's pipeline on the local chain", () => {
  const dseq = 4242;

  it("accepts a bid when another bid lands between simulation and inclusion, where the bare simulation ran out of gas", async () => {
    const tenant = await DirectSecp256k1HdWallet.fromMnemonic(t.mnemonic("tenant"), { prefix: "akash" });
    const owner = t.address("tenant");
    expect(
      await viaConsole(tenant, owner, [createMsg(owner, dseq)], {
        action: "create",
        target: { owner, dseq: String(dseq) },
      }),
    ).toMatchObject({ ok: true });
    const order = { owner, dseq, gseq: 1, oseq: 1, bseq: 0 };
    await bid(providers[0]!, order);
    const accepted = { ...order, dseq: String(dseq), provider: providers[0]!.address };
    const lease = createLease({
      bid: accepted,
      price: { denom: "uact", amount: "800" },
      providerName: "first",
    });
    const context: ReceiptContext = { action: "accept-bid", target: accepted };

    const bare = await viaConsole(tenant, owner, [lease], context, {
      beforeSigning: () => bid(providers[1]!, order),
    });
    expect(bare).toMatchObject({
      ok: false,
      kind: "chain",
      code: 11,
      message: expect.stringMatching(/ran out of gas/),
    });

    const rest = createRestClient([t.net.info.rest]);
    const gasReserve = () =>
      reserveForAccept(accepted, {
        orderMaxBids: async () => (await fetchMarketParams(rest)).orderMaxBids,
        bids: () => fetchBids(rest, owner, String(dseq)),
      });
    const reserved = await viaConsole(tenant, owner, [lease], context, {
      gasReserve,
      beforeSigning: () => bid(providers[2]!, order),
    });
    expect(reserved).toMatchObject({ ok: true });
    const states = (await fetchBids(rest, owner, String(dseq))).map((b) => [b.provider, b.state]);
    expect(states).toEqual(
      expect.arrayContaining([
        [providers[0]!.address, "active"],
        [providers[1]!.address, "lost"],
        [providers[2]!.address, "lost"],
      ]),
    );
  });

  it("leaves receipts that verify-receipts --rpc matches to the chain byte for byte, direct and amino", async () => {
    const tenant = await DirectSecp256k1HdWallet.fromMnemonic(t.mnemonic("tenant"), { prefix: "akash" });
    const owner = t.address("tenant");
    const ledger = await Secp256k1HdWallet.fromMnemonic(t.mnemonic("tenant-2"), { prefix: "akash" });
    const other = t.address("tenant-2");
    expect(
      await viaConsole(ledger, other, [createMsg(other, 77)], {
        action: "create",
        target: { owner: other, dseq: "77" },
      }),
    ).toMatchObject({ ok: true });
    const deposit = accountDeposit({
      signer: other,
      owner: other,
      dseq: "77",
      amount: { denom: "uact", amount: "1000000" },
    });
    expect(
      await viaConsole(ledger, other, [deposit], {
        action: "deposit",
        target: { owner: other, dseq: "77" },
        request: { deposit: { denom: "uact", amount: "1000000" } },
      }),
    ).toMatchObject({ ok: true });
    expect(
      await viaConsole(tenant, owner, [closeDeployment({ owner, dseq: String(dseq) })], {
        action: "close",
        target: { owner, dseq: String(dseq) },
      }),
    ).toMatchObject({ ok: true });

    const receipts = await store.list();
    const signers = {
      owner: await Secp256k1HdWallet.fromMnemonic(t.mnemonic("tenant"), { prefix: "akash" }),
      other: ledger,
    };
    const exportOf = async (r: Receipt[]) =>
      toJsonlExport(
        makeHeader(
          r,
          [await attestation(signers.owner, r), await attestation(signers.other, r)],
          new Date().toISOString(),
        ),
        r,
      );
    const run = async (name: string, text: string) => {
      const path = join(dir, name);
      await writeFile(path, text);
      const lines: string[] = [];
      const code = await verifyReceiptsCli([path, "--rpc", t.net.info.rpc], {
        out: (l) => lines.push(l),
        err: (l) => lines.push(l),
      });
      return { code, out: lines.join("\n") };
    };

    const genuine = await run("genuine.jsonl", await exportOf(receipts));
    // create, the lease that ran out of gas (code 11, in a block), the lease, create, deposit, close
    expect(genuine.out).toContain(
      `Checked 6 receipts against ${t.net.info.chainId}: 6 match the chain (6 byte for byte), 0 do not, 0 are not on chain.`,
    );
    expect(genuine.code).toBe(0);

    // The owner lies about the deposit and signs the head again: anchored, but not what the chain holds.
    const lied = structuredClone(receipts);
    const depositFinal = lied.findLast((r) => r.action === "deposit")!;
    depositFinal.request.messages![0]!.amounts = [{ denom: "uact", amount: "9000000" }];
    const liar = await run("lied.jsonl", await exportOf(await reseal(lied)));
    expect(liar.out).toContain("Anchored: all");
    expect(liar.out).toMatch(
      /message 1: amounts is \[\{"denom":"uact","amount":"9000000"\}\] in the receipt but \[\{"denom":"uact","amount":"1000000"\}\] on chain/,
    );
    expect(liar.code).toBe(1);

    // A receipt that claims another wallet's transaction, and one whose signed bytes were edited.
    const borrowed = structuredClone(receipts);
    const closeFinal = borrowed.findLast((r) => r.action === "close")!;
    closeFinal.response.txHash = depositFinal.response.txHash;
    closeFinal.response.height = depositFinal.response.height;
    const thief = await run("borrowed.jsonl", await exportOf(await reseal(borrowed)));
    expect(thief.out).toContain(`signed on chain by ${other}, the receipt names ${owner}`);
    expect(thief.code).toBe(1);
    const edited = structuredClone(receipts);
    edited.findLast((r) => r.action === "create")!.signed!.signDocSha256 = "0".repeat(64);
    const bytes = await run("bytes.jsonl", await exportOf(await reseal(edited)));
    expect(bytes.out).toContain(
      "the bytes signed on chain are not the bytes this receipt says the wallet signed",
    );
    expect(bytes.code).toBe(1);
  });
});
