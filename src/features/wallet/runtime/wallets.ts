// The cosmos-kit wallets the console offers. Fresh instances per ChainProvider (one per
// network), because cosmos-kit wallets hold per-chain state. Phone wallets (WalletConnect,
// walletconnect/) load only when one is picked.
import type { MainWalletBase, WalletConnectOptions } from "@cosmos-kit/core";
import { CosmostationExtensionWallet, cosmostationExtensionInfo } from "@cosmos-kit/cosmostation-extension";
import { KeplrExtensionWallet, keplrExtensionInfo } from "@cosmos-kit/keplr-extension";
import { LeapExtensionWallet, leapExtensionInfo } from "@cosmos-kit/leap-extension";
import type { WalletConnectTarget } from "../walletconnect/target";

export function extensionWallets(): MainWalletBase[] {
  return [
    new KeplrExtensionWallet(keplrExtensionInfo),
    new LeapExtensionWallet(leapExtensionInfo),
    new CosmostationExtensionWallet(cosmostationExtensionInfo),
  ];
}

export function walletConnectOptions(target: WalletConnectTarget): WalletConnectOptions {
  const signClient = {
    projectId: target.projectId,
    // Each relay gets its own SDK core and storage: a session made through one relay is never
    // looked for on another (the SDK otherwise reuses one global core for the whole page).
    ...(target.relayUrl
      ? { relayUrl: target.relayUrl, customStoragePrefix: `relay-${new URL(target.relayUrl).host}` }
      : {}),
    metadata: {
      name: "Akash self-custody console",
      description: "Deploy on Akash with your own wallet.",
      url: window.location.origin,
      icons: [],
    },
    telemetryEnabled: false,
  };
  return { signClient };
}

/** Where to get each extension when it is missing. */
export const INSTALL_LINKS: Record<string, string> = {
  "keplr-extension": "https://www.keplr.app/get",
  "leap-extension": "https://www.leapwallet.io/download",
  "cosmostation-extension": "https://cosmostation.io/products/cosmostation_extension",
};
