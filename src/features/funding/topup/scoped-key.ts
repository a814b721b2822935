// Making and using a top-up key: 32 random bytes from the browser's CSPRNG, checked to be a valid
// secp256k1 private key, its akash address, and a direct signer for one session. Loaded lazily
// (cosmjs crypto) by the setup and the runner only. Buffers holding the raw key are wiped once
// sealed or handed to the session's signer.
import { Secp256k1 } from "@cosmjs/crypto";
import { DirectSecp256k1Wallet, type OfflineDirectSigner } from "@cosmjs/proto-signing";
import { saveScopedKey, unsealScopedKey, type ScopedKeyInfo } from "./scoped-key-store";

async function newPrivkey(): Promise<Uint8Array> {
  for (;;) {
    const candidate = crypto.getRandomValues(new Uint8Array(32));
    try {
      await Secp256k1.makeKeypair(candidate);
      return candidate;
    } catch {
      // Out of the curve order's range (probability ~2^-128): draw again.
    }
  }
}

export async function createScopedKey(networkId: string, owner: string): Promise<ScopedKeyInfo> {
  const privkey = await newPrivkey();
  try {
    const [account] = await (await DirectSecp256k1Wallet.fromKey(privkey.slice(), "akash")).getAccounts();
    if (!account) throw new Error("The new key has no account.");
    return await saveScopedKey({ networkId, owner, address: account.address, privkey });
  } finally {
    privkey.fill(0);
  }
}

export async function scopedSigner(
  networkId: string,
  owner: string,
): Promise<{ address: string; signer: OfflineDirectSigner } | null> {
  const sealed = await unsealScopedKey(networkId, owner);
  if (!sealed) return null;
  try {
    // The wallet keeps its own copy for this session only; the decrypted buffer is wiped.
    const signer = await DirectSecp256k1Wallet.fromKey(sealed.privkey.slice(), "akash");
    const [account] = await signer.getAccounts();
    if (account?.address !== sealed.address)
      throw new Error("The stored top-up key does not match its address.");
    return { address: sealed.address, signer };
  } finally {
    sealed.privkey.fill(0);
  }
}
