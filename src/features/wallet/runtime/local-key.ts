// The "local key" wallet: on a network whose server hands out a funded test account
// (/local/wallet.json, loopback only), sign in the browser with cosmjs so a demo needs no
// extension. The mnemonic lives only inside the wallet objects made here: never stored.
import { Secp256k1HdWallet, type StdSignature } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet, type OfflineSigner } from "@cosmjs/proto-signing";
import { fetchJson } from "@/lib/http";
import { makeAdr36SignDoc } from "./adr36";
import type { WalletSession } from "./session";

export const LOCAL_KEY_WALLET_NAME = "Local key";

export interface LocalKeyAccount {
  name: string;
  address: string;
  mnemonic: string;
}

function isLocalKeyAccount(value: unknown): value is LocalKeyAccount {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === "string" && typeof v.address === "string" && typeof v.mnemonic === "string";
}

export async function fetchLocalKey(fetchImpl?: typeof fetch): Promise<LocalKeyAccount> {
  const url = new URL("/local/wallet.json", window.location.origin).toString();
  const body = await fetchJson<unknown>(url, { fetchImpl, timeoutMs: 10_000 });
  if (!isLocalKeyAccount(body)) throw new Error("The server's local key is malformed.");
  return body;
}

export async function createLocalKeySession(account: LocalKeyAccount): Promise<WalletSession> {
  const options = { prefix: "akash" };
  const direct = await DirectSecp256k1HdWallet.fromMnemonic(account.mnemonic, options);
  const amino = await Secp256k1HdWallet.fromMnemonic(account.mnemonic, options);
  const [first] = await direct.getAccounts();
  if (!first || first.address !== account.address)
    throw new Error(`The local key derives ${first?.address ?? "no address"}, not ${account.address}.`);
  return {
    address: first.address,
    walletName: LOCAL_KEY_WALLET_NAME,
    accountName: account.name,
    signMode: "direct",
    getSigner: (): Promise<OfflineSigner> => Promise.resolve(direct),
    async signArbitrary(data: string | Uint8Array): Promise<StdSignature> {
      const { signature } = await amino.signAmino(first.address, makeAdr36SignDoc(first.address, data));
      return signature;
    },
  };
}
