// A connected wallet account, whatever its origin (a cosmos-kit wallet or the local key):
// the one shape the rest of the runtime publishes through useWallet().
import type { StdSignature } from "@cosmjs/amino";
import type { OfflineSigner } from "@cosmjs/proto-signing";
import type { SignMode } from "../wallet-context";

export interface WalletSession {
  address: string;
  walletName: string;
  accountName: string | null;
  signMode: SignMode;
  getSigner(): Promise<OfflineSigner>;
  signArbitrary(data: string | Uint8Array): Promise<StdSignature>;
}
