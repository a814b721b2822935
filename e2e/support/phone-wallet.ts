// A simulated phone wallet for Playwright: Keplr Mobile as its open-source WalletConnect handler
// answers (chainapsis/keplr-wallet apps/mobile, stores/wallet-connect), on the wallet-side
// WalletConnect SDK in Node, holding the local network's keys. It pairs through the link the
// console shows, approves or declines the session, and answers cosmos_* and keplr_* requests:
// at once, or when the test says (hold()), as the user tapping Approve or Reject on the phone.
//
//   const phone = await PhoneWallet.start(stack.localnet, { account: "tenant" });
//   await phone.pairFromLink(href);        // the "Open Keplr Mobile" link (or the copied wc: URI)
//   phone.hold(); … await phone.nextRequest(); phone.reject();
import { Secp256k1HdWallet, type StdSignDoc } from "@cosmjs/amino";
import { fromBase64, fromBech32, toBase64, toUtf8 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { SignClient } from "@walletconnect/sign-client";
import type { Page } from "@playwright/test";
import type { LocalAccount } from "./fake-keplr";

type Client = Awaited<ReturnType<typeof SignClient.init>>;
type Params = Record<string, unknown>;

export interface PhoneRequest {
  topic: string;
  id: number;
  method: string;
  params: Params;
}

/** What Keplr Mobile approves sessions with (its schema.ts). */
const METHODS = [
  "cosmos_getAccounts",
  "cosmos_signDirect",
  "cosmos_signAmino",
  "keplr_getKey",
  "keplr_signAmino",
  "keplr_signDirect",
  "keplr_signArbitrary",
  "keplr_enable",
  "keplr_signEthereum",
  "keplr_experimentalSuggestChain",
  "keplr_suggestToken",
];
const EVENTS = ["accountsChanged", "chainChanged", "keplr_accountsChanged"];
const REJECTED = "Request rejected";
const SIGNING = new Set([
  "cosmos_signAmino",
  "cosmos_signDirect",
  "keplr_signAmino",
  "keplr_signDirect",
  "keplr_signArbitrary",
]);
let seq = 0;

/** The wc: URI inside a wallet link (intent://wcV2?<uri>#Intent…, keplrwallet://wcV2?<uri>) or itself. */
export function pairingUriOf(link: string): string {
  if (link.startsWith("wc:")) return link;
  const query = link.slice(link.indexOf("?") + 1).split("#")[0] ?? "";
  const uri = decodeURIComponent(query);
  if (!uri.startsWith("wc:")) throw new Error(`No WalletConnect URI in ${link}`);
  return uri;
}

/** Schemes that open a wallet app on a phone; the browser under test has no app behind them. */
const APP_SCHEMES = ["intent:", "keplrwallet:", "leapcosmos:"];

/**
 * Stands in for the phone's OS: a tapped wallet app link is handed to the app (recorded in
 * window.__appLinks) instead of being navigated to, which would leave headless Chromium on a
 * navigation that never commits.
 */
export async function handAppLinksToTheApp(page: Page): Promise<void> {
  await page.addInitScript((schemes: string[]) => {
    const w = window as unknown as { __appLinks: string[] };
    w.__appLinks = [];
    window.addEventListener(
      "click",
      (e) => {
        const a = (e.target as Element | null)?.closest?.("a[href]");
        const href = a?.getAttribute("href") ?? "";
        if (!schemes.some((s) => href.startsWith(s))) return;
        e.preventDefault();
        w.__appLinks.push(href);
      },
      true,
    );
  }, APP_SCHEMES);
}

export class PhoneWallet {
  readonly requests: PhoneRequest[] = [];
  private held: PhoneRequest[] = [];
  private holding = false;
  private proposals: "approve" | "reject" | "ignore" = "approve";
  private current: LocalAccount;
  private readonly keys = new Map<
    string,
    Promise<{ direct: DirectSecp256k1HdWallet; amino: Secp256k1HdWallet; pubkey: Uint8Array }>
  >();
  private waiters: Array<() => void> = [];

  private constructor(
    readonly client: Client,
    private readonly accounts: LocalAccount[],
    account: string,
    private readonly knownChains: Set<string>,
  ) {
    this.current = this.find(account);
    client.on("session_proposal", (p) => void this.onProposal(p.id, p.params as unknown as Params));
    client.on("session_request", (r) => {
      const req = {
        topic: r.topic,
        id: r.id,
        method: r.params.request.method,
        params: r.params.request.params as Params,
      };
      this.requests.push(req);
      this.waiters.forEach((w) => w());
      if (this.holding && SIGNING.has(req.method)) this.held.push(req);
      else void this.answer(req);
    });
  }

  static async start(
    localnet: { walletConnectRelay: string; chainId: string; accounts: LocalAccount[] },
    opts: { account: string; knownChains?: string[] },
  ): Promise<PhoneWallet> {
    const client = await SignClient.init({
      projectId: "phone-wallet",
      relayUrl: localnet.walletConnectRelay,
      customStoragePrefix: `phone-wallet-${process.pid}-${++seq}`,
      telemetryEnabled: false,
      metadata: {
        name: "Keplr",
        description: "Your Wallet for the Interchain",
        url: "https://www.keplr.app",
        icons: [],
      },
    });
    // Keplr Mobile knows mainnet; the user added the local network to the app beforehand.
    const known = new Set(opts.knownChains ?? ["akashnet-2", localnet.chainId]);
    return new PhoneWallet(client, localnet.accounts, opts.account, known);
  }

  get address(): string {
    return this.current.address;
  }

  /** Pairs with the URI in a deep link, as the phone does when the link opens the app. */
  async pairFromLink(link: string): Promise<void> {
    await this.client.pair({ uri: pairingUriOf(link) });
  }

  /** The next session proposals are approved (default), declined, or left unanswered. */
  onProposals(mode: "approve" | "reject" | "ignore"): void {
    this.proposals = mode;
  }

  /** Signing requests wait for approve() / reject(), like a user looking at the phone. */
  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    this.held.splice(0).forEach((r) => void this.answer(r));
  }

  async nextHeld(timeoutMs = 30_000): Promise<PhoneRequest> {
    const deadline = Date.now() + timeoutMs;
    while (this.held.length === 0) {
      if (Date.now() > deadline) throw new Error("No request reached the phone.");
      await new Promise<void>((r) => {
        const t = setTimeout(r, 200);
        this.waiters.push(() => (clearTimeout(t), r()));
      });
    }
    return this.held[0]!;
  }

  async approve(): Promise<void> {
    const req = await this.nextHeld();
    this.held.shift();
    await this.answer(req);
  }

  async reject(): Promise<void> {
    const req = await this.nextHeld();
    this.held.shift();
    await this.respondError(req, REJECTED);
  }

  sessions() {
    return this.client.session.getAll();
  }

  /** The user picks another account in Keplr Mobile: session update plus Keplr's events. */
  async switchAccount(name: string): Promise<void> {
    this.current = this.find(name);
    for (const s of this.sessions()) {
      const chains = (s.namespaces.cosmos?.accounts ?? []).map((a) => a.split(":")[1]!);
      const accounts = chains.map((c) => `cosmos:${c}:${this.current.address}`);
      await this.client.update({
        topic: s.topic,
        namespaces: { cosmos: { accounts, methods: METHODS, events: EVENTS } },
      });
      const keys = await Promise.all(chains.map(async (chainId) => ({ chainId, ...(await this.keyJson()) })));
      for (const account of accounts)
        await this.client.emit({
          topic: s.topic,
          chainId: account.split(":").slice(0, 2).join(":"),
          event: { name: "accountsChanged", data: [account] },
        });
      await this.client.emit({
        topic: s.topic,
        chainId: `cosmos:${chains[0]}`,
        event: { name: "keplr_accountsChanged", data: { keys: JSON.stringify(keys) } },
      });
    }
  }

  async stop(): Promise<void> {
    await this.client.core.relayer.transportClose();
  }

  private find(name: string): LocalAccount {
    const a = this.accounts.find((x) => x.name === name);
    if (!a) throw new Error(`No local account named "${name}".`);
    return a;
  }

  private keysOf(account: LocalAccount) {
    let k = this.keys.get(account.name);
    if (!k) {
      k = (async () => {
        const direct = await DirectSecp256k1HdWallet.fromMnemonic(account.mnemonic, { prefix: "akash" });
        const amino = await Secp256k1HdWallet.fromMnemonic(account.mnemonic, { prefix: "akash" });
        const [first] = await direct.getAccounts();
        if (first?.address !== account.address) throw new Error(`The key of ${account.name} does not match.`);
        return { direct, amino, pubkey: first.pubkey };
      })();
      this.keys.set(account.name, k);
    }
    return k;
  }

  /** Keplr's Key with its byte fields in base64, as Keplr Mobile puts it on the wire. */
  private async keyJson() {
    const { pubkey } = await this.keysOf(this.current);
    return {
      name: this.current.name,
      algo: "secp256k1",
      pubKey: toBase64(pubkey),
      address: toBase64(fromBech32(this.current.address).data),
      bech32Address: this.current.address,
      ethereumHexAddress: "",
      isNanoLedger: false,
      isKeystone: false,
    };
  }

  private requireChain(chainId: unknown): string {
    const id = String(chainId).replace(/^cosmos:/, "");
    if (!this.knownChains.has(id)) throw new Error(`There is no chain info for ${id}`);
    return id;
  }

  private async onProposal(id: number, params: Params): Promise<void> {
    if (this.proposals === "ignore") return;
    if (this.proposals === "reject") {
      await this.client.reject({ id, reason: { code: 5000, message: "User rejected." } });
      return;
    }
    const ns = (k: string) =>
      (params[k] as Record<string, { chains?: string[] }> | undefined)?.cosmos?.chains ?? [];
    try {
      const chainIds = [...new Set([...ns("requiredNamespaces"), ...ns("optionalNamespaces")])].map((c) =>
        this.requireChain(c),
      );
      const key = await this.keyJson();
      await this.client.approve({
        id,
        namespaces: {
          cosmos: {
            accounts: chainIds.map((c) => `cosmos:${c}:${key.bech32Address}`),
            methods: METHODS,
            events: EVENTS,
          },
        },
        sessionProperties: { keys: JSON.stringify(chainIds.map((chainId) => ({ chainId, ...key }))) },
      });
    } catch (e) {
      await this.client.reject({
        id,
        reason: { code: 1, message: e instanceof Error ? e.message : String(e) },
      });
    }
  }

  private async respondError(req: PhoneRequest, message: string): Promise<void> {
    await this.client.respond({
      topic: req.topic,
      response: { id: req.id, jsonrpc: "2.0", error: { code: 1, message } },
    });
  }

  private async answer(req: PhoneRequest): Promise<void> {
    try {
      const result = await this.result(req.method, req.params);
      await this.client.respond({ topic: req.topic, response: { id: req.id, jsonrpc: "2.0", result } });
    } catch (e) {
      await this.respondError(req, e instanceof Error ? e.message : String(e));
    }
  }

  private requireSigner(signer: unknown): void {
    if (signer !== this.current.address) throw new Error("Signer mismatched");
  }

  private async signDirect(chainId: string, signer: unknown, doc: Params) {
    this.requireSigner(signer);
    const { direct } = await this.keysOf(this.current);
    const { signed, signature } = await direct.signDirect(this.current.address, {
      bodyBytes: fromBase64(String(doc.bodyBytes)),
      authInfoBytes: fromBase64(String(doc.authInfoBytes)),
      chainId,
      accountNumber: BigInt(String(doc.accountNumber)),
    });
    return {
      signature,
      signed: {
        bodyBytes: toBase64(signed.bodyBytes),
        authInfoBytes: toBase64(signed.authInfoBytes),
        chainId: signed.chainId,
        accountNumber: signed.accountNumber.toString(),
      },
    };
  }

  private async signAmino(signer: unknown, doc: StdSignDoc) {
    this.requireSigner(signer);
    const { amino } = await this.keysOf(this.current);
    return amino.signAmino(this.current.address, doc);
  }

  /** ADR-036 as Keplr signs it: one sign/MsgSignData in an amino doc with an empty chain-id. */
  private async signArbitrary(signer: unknown, type: unknown, data: unknown) {
    this.requireSigner(signer);
    const bytes = type === "string" ? toUtf8(String(data)) : fromBase64(String(data));
    const doc: StdSignDoc = {
      chain_id: "",
      account_number: "0",
      sequence: "0",
      fee: { gas: "0", amount: [] },
      msgs: [{ type: "sign/MsgSignData", value: { signer: this.current.address, data: toBase64(bytes) } }],
      memo: "",
    };
    return (await this.signAmino(signer, doc)).signature;
  }

  private async result(method: string, p: Params): Promise<unknown> {
    switch (method) {
      case "cosmos_getAccounts":
      case "keplr_getKey": {
        const key = await this.keyJson();
        if (method === "keplr_getKey") return (this.requireChain(p.chainId), key);
        return [{ algo: key.algo, address: key.bech32Address, pubkey: key.pubKey }];
      }
      case "keplr_enable":
        (Array.isArray(p.chainId) ? p.chainId : [p.chainId]).forEach((c) => this.requireChain(c));
        return {};
      case "cosmos_signDirect":
        return this.signDirect(String((p.signDoc as Params).chainId), p.signerAddress, p.signDoc as Params);
      case "keplr_signDirect":
        return this.signDirect(this.requireChain(p.chainId), p.signer, p.signDoc as Params);
      case "cosmos_signAmino":
        return this.signAmino(p.signerAddress, p.signDoc as StdSignDoc);
      case "keplr_signAmino":
        return (this.requireChain(p.chainId), this.signAmino(p.signer, p.signDoc as StdSignDoc));
      case "keplr_signArbitrary":
        return (this.requireChain(p.chainId), this.signArbitrary(p.signer, p.type, p.data));
      default:
        throw new Error("Unknown request method");
    }
  }
}
