// An injected Keplr for Playwright, backed by keys held in Node. The page sees the extension's
// real page protocol (see fake-keplr-page.ts), so the app connects through cosmos-kit exactly as
// with the real extension; Node signs with cosmjs wallets made from the local network's
// accounts (stack.localnet.accounts: no mnemonic is ever written in test code).
//
//   const keplr = await FakeKeplr.install(page, stack.localnet.accounts, { account: "tenant" });
//   keplr.rejectNext();                 // the user clicks "Reject" on the next signature
//   await keplr.switchAccount("tenant-2"); // keystore change event, as when the user switches
import type { BrowserContext, Page } from "@playwright/test";
import { Secp256k1HdWallet, type StdSignDoc } from "@cosmjs/amino";
import { fromBech32, toBase64, toUtf8 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { decodeKeplrJson, encodeKeplrJson } from "./keplr-json";
import { installFakeKeplrInPage } from "./fake-keplr-page";
import { installFakeExtensionInPage } from "./fake-extension-page";

export interface LocalAccount {
  name: string;
  address: string;
  mnemonic: string;
}

export interface FakeKeplrOptions {
  /** which account of stack.localnet.accounts is selected in the wallet */
  account: string;
  /** "mobile-web" is Keplr Mobile's in-app browser: what a phone user has */
  mode?: "extension" | "mobile-web";
  /** chains the wallet knows before any suggestion (Keplr ships mainnet Akash) */
  knownChains?: string[];
  /** a Ledger account: Keplr reports isNanoLedger and refuses direct signing */
  ledger?: boolean;
  /** which extension: Keplr (default), or Leap / Cosmostation through their own page APIs */
  brand?: Brand;
}

export type Brand = "keplr" | "leap" | "cosmostation";

const KEYSTORE_EVENT: Record<Brand, string> = {
  keplr: "keplr_keystorechange",
  leap: "leap_keystorechange",
  cosmostation: "cosmostation_keystorechange",
};
/** Cosmostation's words and code for a request the user declined. */
const COSMOSTATION_REJECTED = "The requested account and/or method has not been authorized by the user.";

export interface KeplrCall {
  method: string;
  args: unknown[];
}

type Result = { return: unknown } | { error: string; code?: number };

interface Keys {
  direct: DirectSecp256k1HdWallet;
  amino: Secp256k1HdWallet;
  pubkey: Uint8Array;
}

const SIGN_METHODS = ["signDirect", "signAmino", "signArbitrary"];
const REJECTED = "Request rejected";
let bindingSeq = 0;

export class FakeKeplr {
  readonly calls: KeplrCall[] = [];
  readonly suggestedChains: Record<string, unknown>[] = [];
  private readonly known: Set<string>;
  private readonly keys = new Map<string, Promise<Keys>>();
  private rejecting: string[] = [];
  private current: LocalAccount;
  private readonly ledger: boolean;
  private readonly brand: Brand;

  private constructor(
    private readonly target: Page | BrowserContext,
    private readonly accounts: LocalAccount[],
    options: FakeKeplrOptions,
  ) {
    this.current = this.find(options.account);
    this.known = new Set(options.knownChains ?? ["akashnet-2"]);
    this.ledger = options.ledger ?? false;
    this.brand = options.brand ?? "keplr";
  }

  /**
   * Installs the wallet in one page, or in a whole browser context: like the real extension,
   * one wallet (keys, known chains) is then shared by every tab of that context.
   */
  static async install(
    target: Page | BrowserContext,
    accounts: LocalAccount[],
    options: FakeKeplrOptions,
  ): Promise<FakeKeplr> {
    const fake = new FakeKeplr(target, accounts, options);
    const binding = `__fakeKeplr${++bindingSeq}`;
    await target.exposeFunction(binding, (method: string, args: unknown) => fake.handle(method, args));
    const brand = options.brand ?? "keplr";
    if (brand === "keplr")
      await target.addInitScript(installFakeKeplrInPage, { binding, mode: options.mode ?? "extension" });
    else await target.addInitScript(installFakeExtensionInPage, { binding, brand });
    return fake;
  }

  get address(): string {
    return this.current.address;
  }

  /** The next request of these methods fails as if the user clicked "Reject" in Keplr. */
  rejectNext(methods: string[] = SIGN_METHODS): void {
    this.rejecting = methods;
  }

  /** Selects another account in the wallet and fires the wallet's keystore change event. */
  async switchAccount(name: string): Promise<void> {
    this.current = this.find(name);
    const pages = "pages" in this.target ? this.target.pages() : [this.target];
    const event = KEYSTORE_EVENT[this.brand];
    for (const page of pages) await page.evaluate((e) => window.dispatchEvent(new Event(e)), event);
  }

  callsOf(method: string): KeplrCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  private find(name: string): LocalAccount {
    const account = this.accounts.find((a) => a.name === name);
    if (!account) throw new Error(`No local account named "${name}".`);
    return account;
  }

  private keysOf(account: LocalAccount): Promise<Keys> {
    let keys = this.keys.get(account.name);
    if (!keys) {
      keys = (async () => {
        const direct = await DirectSecp256k1HdWallet.fromMnemonic(account.mnemonic, { prefix: "akash" });
        const amino = await Secp256k1HdWallet.fromMnemonic(account.mnemonic, { prefix: "akash" });
        const [first] = await direct.getAccounts();
        if (first?.address !== account.address) throw new Error(`The key of ${account.name} does not match.`);
        return { direct, amino, pubkey: first.pubkey };
      })();
      this.keys.set(account.name, keys);
    }
    return keys;
  }

  private async handle(method: string, rawArgs: unknown): Promise<Result> {
    const args = (decodeKeplrJson(rawArgs) ?? []) as unknown[];
    this.calls.push({ method, args });
    if (this.rejecting.includes(method)) {
      this.rejecting = [];
      return this.brand === "cosmostation"
        ? { error: COSMOSTATION_REJECTED, code: 4001 }
        : { error: REJECTED };
    }
    try {
      return { return: encodeKeplrJson(await this.answer(method, args)) };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  }

  private requireChain(chainId: unknown): void {
    if (typeof chainId !== "string" || !this.known.has(chainId))
      throw new Error(`There is no chain info for ${String(chainId)}`);
  }

  private requireSigner(signer: unknown): void {
    if (signer !== this.current.address) throw new Error("Signer mismatched");
  }

  private async answer(method: string, args: unknown[]): Promise<unknown> {
    switch (method) {
      case "ping":
      case "ethereum":
        return null;
      case "bitcoin":
        // Keplr's bitcoin provider asks for its accounts on every keystore change: none here.
        return [];
      case "enable": {
        const ids = Array.isArray(args[0]) ? args[0] : [args[0]];
        ids.forEach((id) => this.requireChain(id));
        return null;
      }
      case "experimentalSuggestChain": {
        const info = args[0] as Record<string, unknown>;
        this.suggestedChains.push(info);
        this.known.add(String(info.chainId));
        return null;
      }
      case "getKey":
        return this.getKey(args[0]);
      case "disconnect":
      case "cos_disconnect":
        return null;
      case "cos_requestAccount":
        return this.requestAccount(args[0] as { chainName: string });
      case "cos_addChain": {
        const info = args[0] as Record<string, unknown>;
        this.suggestedChains.push(info);
        this.known.add(String(info.chainId));
        return true;
      }
      case "signDirect":
        return this.signDirect(args);
      case "signAmino":
        return this.signAmino(args);
      case "signArbitrary":
        return this.signArbitrary(args);
      default:
        throw new Error(`Invalid method: ${method}`);
    }
  }

  private async getKey(chainId: unknown) {
    this.requireChain(chainId);
    const { pubkey } = await this.keysOf(this.current);
    return {
      name: this.current.name,
      algo: "secp256k1",
      pubKey: pubkey,
      address: fromBech32(this.current.address).data,
      bech32Address: this.current.address,
      ethereumHexAddress: "",
      isNanoLedger: this.ledger,
      isKeystone: false,
    };
  }

  /** Cosmostation's cos_requestAccount: the account for a chain (its chain-id as chainName). */
  private async requestAccount({ chainName }: { chainName: string }) {
    this.requireChain(chainName);
    const { pubkey } = await this.keysOf(this.current);
    return {
      name: this.current.name,
      address: this.current.address,
      publicKey: pubkey,
      isLedger: false,
      isEthermint: false,
      isKeystone: false,
    };
  }

  private async signDirect([chainId, signer, doc]: unknown[]) {
    this.requireChain(chainId);
    this.requireSigner(signer);
    if (this.ledger) throw new Error("Direct signing is not supported on Ledger");
    const { bodyBytes, authInfoBytes, accountNumber } = doc as {
      bodyBytes: Uint8Array;
      authInfoBytes: Uint8Array;
      accountNumber: string;
    };
    const { direct } = await this.keysOf(this.current);
    const { signed, signature } = await direct.signDirect(this.current.address, {
      bodyBytes,
      authInfoBytes,
      chainId: String(chainId),
      accountNumber: BigInt(accountNumber),
    });
    return { signed: { ...signed, accountNumber: signed.accountNumber.toString() }, signature };
  }

  private async signAmino([chainId, signer, doc]: unknown[]) {
    this.requireChain(chainId);
    this.requireSigner(signer);
    const { amino } = await this.keysOf(this.current);
    return amino.signAmino(this.current.address, doc as StdSignDoc);
  }

  /** ADR-036, as Keplr signs it: an amino doc with one sign/MsgSignData and empty chain-id. */
  private async signArbitrary([chainId, signer, data]: unknown[]) {
    this.requireChain(chainId);
    this.requireSigner(signer);
    const bytes = typeof data === "string" ? toUtf8(data) : (data as Uint8Array);
    const doc: StdSignDoc = {
      chain_id: "",
      account_number: "0",
      sequence: "0",
      fee: { gas: "0", amount: [] },
      msgs: [{ type: "sign/MsgSignData", value: { signer: this.current.address, data: toBase64(bytes) } }],
      memo: "",
    };
    const { amino } = await this.keysOf(this.current);
    return (await amino.signAmino(this.current.address, doc)).signature;
  }
}
