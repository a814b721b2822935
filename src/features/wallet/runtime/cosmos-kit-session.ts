// Adapts a connected cosmos-kit chain wallet to the console's WalletSession. Sign mode is
// direct unless the account cannot sign direct: Keplr refuses direct signing for Ledger
// accounts (chainapsis/keplr-wallet#1135), so those sign amino.
import type { ChainContext } from "@cosmos-kit/core";
import type { OfflineSigner } from "@cosmjs/proto-signing";
import type { SignMode } from "../wallet-context";
import type { WalletSession } from "./session";

export async function detectSignMode(chain: Pick<ChainContext, "getAccount">): Promise<SignMode> {
  try {
    const account = await chain.getAccount();
    return account.isNanoLedger ? "amino" : "direct";
  } catch {
    // Wallets without getAccount (some WalletConnect clients) sign direct.
    return "direct";
  }
}

export async function cosmosKitSession(chain: ChainContext, address: string): Promise<WalletSession> {
  const signMode = await detectSignMode(chain);
  return {
    address,
    walletName: chain.wallet?.prettyName ?? "Wallet",
    accountName: chain.username ?? null,
    signMode,
    getSigner: async (): Promise<OfflineSigner> =>
      signMode === "amino" ? chain.getOfflineSignerAmino() : chain.getOfflineSignerDirect(),
    signArbitrary: (data) => chain.signArbitrary(address, data),
  };
}
