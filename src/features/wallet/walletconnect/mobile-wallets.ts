// The phone wallets, through WalletConnect (cosmos-kit's Keplr Mobile and Leap Mobile), with two
// changes to how their clients behave in a browser:
// - no lookup in WalletConnect's hosted wallet registry (explorer-api.walletconnect.com) on
//   phones: the deep links come from the wallets' own registry entries instead;
// - no navigation to the wallet app that the user did not ask for (cosmos-kit opens the app on
//   connect, Keplr's client on every request): browsers block such a jump after an await, which
//   leaves the user waiting on a request the phone never showed. The console shows a button.
// It also keeps a session across a reload and never calls WalletConnect's Verify API (below).
// Loaded only when the user picks one of these wallets (or a session with one is restored).
import { Buffer } from "buffer";
import { State, type IChainWallet, type MainWalletBase, type WalletConnectOptions } from "@cosmos-kit/core";
import SignClient from "@walletconnect/sign-client";
import { FOREIGN_STORAGE_KEYS } from "@/config/storage-keys";
import { foreignItem } from "@/lib/persisted-store";
import type { IWCClient, WCWallet } from "@cosmos-kit/walletconnect";

/** Where @keplr-wallet/wc-client keeps the app link it navigates to before each request. */
const keplrAutoLink = foreignItem(FOREIGN_STORAGE_KEYS.keplrMobileAutoLink);

const signClients = new Map<string, Promise<SignClient>>();

function sharedSignClient(options: WalletConnectOptions["signClient"]): Promise<SignClient> {
  const key = `${options.projectId}|${options.relayUrl ?? ""}|${options.customStoragePrefix ?? ""}`;
  let client = signClients.get(key);
  if (!client) {
    const { projectId, relayUrl, customStoragePrefix, metadata } = options;
    client = SignClient.init({
      projectId,
      relayUrl,
      customStoragePrefix,
      metadata,
      // The Events API (pulse.walletconnect.org) is off: the console sends no telemetry.
      telemetryEnabled: false,
    }).then((c) => {
      // WalletConnect's Verify API attests the dapp's origin from a third-party iframe. The
      // console's CSP allows no third-party frame, so every request would stall 5 s and fail.
      c.core.verify.register = () => Promise.resolve("");
      return c;
    });
    client.catch(() => signClients.delete(key));
    signClients.set(key, client);
  }
  return client;
}

function consoleClient(Base: IWCClient): IWCClient {
  const initKeplr: unknown = Reflect.get(Base.prototype, "initKeplrWCClient");
  const enableKeplr: unknown = Reflect.get(Base.prototype, "enable");
  return class extends Base {
    override initAppUrl(): Promise<void> {
      this.appUrl.state = State.Done;
      this.appUrl.data = {};
      return Promise.resolve();
    }

    // One SignClient per relay for the whole page: cosmos-kit would start one per wallet and per
    // chain, and the SDK's core is global, so a second start restores its state over the first.
    override async initSignClient(): Promise<void> {
      if (this.signClient) return;
      const options = this.options?.signClient;
      if (!options) throw new Error("WalletConnect is not configured.");
      this.signClient = await sharedSignClient(options);
      this.relayUrl = options.relayUrl;
      this.subscribeToEvents();
      this.restorePairings();
      this.restoreSessions();
    }

    initKeplrWCClient(...args: unknown[]): void {
      if (typeof initKeplr === "function") Reflect.apply(initKeplr, this, args);
      keplrAutoLink.remove();
    }

    // cosmos-kit restores a phone wallet after a reload by calling enable() on a client whose
    // Keplr side was never set up ("Keplr Wallet is not initialized"). Set it up from the stored
    // session; when the session is gone (ended on the phone), reset to disconnected instead.
    async enable(chainIds: string | string[]): Promise<void> {
      if (typeof enableKeplr !== "function") return;
      if (!Reflect.get(this, "keplr")) {
        await this.initSignClient();
        const ids = typeof chainIds === "string" ? [chainIds] : chainIds;
        const session = this.sessions.find((s) =>
          ids.every((id) => s.namespaces.cosmos?.accounts.some((a) => a.startsWith(`cosmos:${id}:`))),
        );
        if (!session || !this.signClient) {
          this.emitter?.emit("reset", ids);
          return;
        }
        this.initKeplrWCClient(this.signClient, { sessionProperties: session.sessionProperties });
      }
      await Reflect.apply(enableKeplr, this, [chainIds]);
    }
  };
}

/** Patches the wallet's client class, and each chain wallet's: cosmos-kit builds the client from
 * the chain wallet's own class when the user connects. */
function quiet<W extends WCWallet>(wallet: W): W {
  wallet.WCClient = consoleClient(wallet.WCClient);
  const Chain = wallet.ChainWallet;
  wallet.ChainWallet = class extends Chain {
    constructor(...args: ConstructorParameters<IChainWallet>) {
      super(...args);
      const base: unknown = Reflect.get(this, "WCClient");
      if (typeof base === "function") Reflect.set(this, "WCClient", consoleClient(base as IWCClient));
    }
  };
  return wallet;
}

export async function walletConnectWallets(): Promise<MainWalletBase[]> {
  // cosmos-kit's WalletConnect client encodes keys and sign docs with Node's Buffer.
  globalThis.Buffer ??= Buffer;
  const [keplr, leap] = await Promise.all([
    import("@cosmos-kit/keplr-mobile"),
    import("@cosmos-kit/leap-mobile"),
  ]);
  return [
    quiet(new keplr.KeplrMobileWallet(keplr.keplrMobileInfo)),
    quiet(new leap.LeapMobileWallet(leap.LeapMobileInfo)),
  ];
}
