// The cosmos-kit wallets the console offers. Fresh instances per ChainProvider (one per
// network), because cosmos-kit wallets hold per-chain state. Mobile wallets (WalletConnect)
// are loaded only when the server configures a WalletConnect project id.
import type { MainWalletBase, WalletConnectOptions } from "@cosmos-kit/core";
import { CosmostationExtensionWallet, cosmostationExtensionInfo } from "@cosmos-kit/cosmostation-extension";
import { KeplrExtensionWallet, keplrExtensionInfo } from "@cosmos-kit/keplr-extension";
import { LeapExtensionWallet, leapExtensionInfo } from "@cosmos-kit/leap-extension";

export function extensionWallets(): MainWalletBase[] {
  return [
    new KeplrExtensionWallet(keplrExtensionInfo),
    new LeapExtensionWallet(leapExtensionInfo),
    new CosmostationExtensionWallet(cosmostationExtensionInfo),
  ];
}

export async function mobileWallets(): Promise<MainWalletBase[]> {
  const [keplr, leap] = await Promise.all([
    import("@cosmos-kit/keplr-mobile"),
    import("@cosmos-kit/leap-mobile"),
  ]);
  return [new keplr.KeplrMobileWallet(keplr.keplrMobileInfo), new leap.LeapMobileWallet(leap.LeapMobileInfo)];
}

export function walletConnectOptions(projectId: string): WalletConnectOptions {
  return {
    signClient: {
      projectId,
      metadata: {
        name: "Akash self-custody console",
        description: "Deploy on Akash with your own wallet.",
        url: window.location.origin,
        icons: [],
      },
    },
  };
}

/** Where to get each extension when it is missing. */
export const INSTALL_LINKS: Record<string, string> = {
  "keplr-extension": "https://www.keplr.app/get",
  "leap-extension": "https://www.leapwallet.io/download",
  "cosmostation-extension": "https://cosmostation.io/products/cosmostation_extension",
};
