// Owns the top-up keys at rest (IndexedDB "akash-console-keys", one record per network and owner).
// A top-up key is a secp256k1 private key made in this browser; it holds no funds, only a deposit
// grant and a fee allowance from the owner's wallet. At rest it is AES-GCM ciphertext under a
// wrapping key that WebCrypto generated as non-extractable: the CryptoKey object is stored beside
// the ciphertext (IndexedDB keeps CryptoKeys by structured clone), and no script, export or copy
// of the profile's files can read its bytes — only this origin can ask WebCrypto to decrypt. The
// key's address is the additional authenticated data, so a record cannot be swapped for another.
// Why not a passphrase: the key must sign while the tenant is away; its reach is bounded on
// chain instead (docs/decisions/top-up-key.md).
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { INDEXED_DBS } from "@/config/storage-keys";

export interface StoredScopedKey {
  id: string;
  networkId: string;
  owner: string;
  address: string;
  createdAt: string;
  wrappingKey: CryptoKey;
  iv: Uint8Array;
  ciphertext: Uint8Array;
}

interface KeysDb extends DBSchema {
  keys: { key: string; value: StoredScopedKey };
}

export interface ScopedKeyInfo {
  address: string;
  createdAt: string;
}

const idOf = (networkId: string, owner: string) => `${networkId}:${owner}`;
const utf8 = (s: string) => new TextEncoder().encode(s);

let dbPromise: Promise<IDBPDatabase<KeysDb>> | null = null;

function db(name = INDEXED_DBS.scopedKeys): Promise<IDBPDatabase<KeysDb>> {
  dbPromise ??= openDB<KeysDb>(name, 1, {
    upgrade(d) {
      d.createObjectStore("keys", { keyPath: "id" });
    },
    terminated: () => {
      dbPromise = null;
    },
  }).catch((err: unknown) => {
    dbPromise = null;
    throw err;
  });
  return dbPromise;
}

/** Encrypts `privkey` under a fresh non-extractable key and stores it; replaces an older one. */
export async function saveScopedKey(p: {
  networkId: string;
  owner: string;
  address: string;
  privkey: Uint8Array;
  now?: Date;
}): Promise<ScopedKeyInfo> {
  const wrappingKey = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, [
    "encrypt",
    "decrypt",
  ]);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: utf8(p.address) },
    wrappingKey,
    p.privkey as BufferSource,
  );
  const record: StoredScopedKey = {
    id: idOf(p.networkId, p.owner),
    networkId: p.networkId,
    owner: p.owner,
    address: p.address,
    createdAt: (p.now ?? new Date()).toISOString(),
    wrappingKey,
    iv,
    ciphertext: new Uint8Array(sealed),
  };
  await (await db()).put("keys", record);
  return { address: record.address, createdAt: record.createdAt };
}

export async function scopedKeyInfo(networkId: string, owner: string): Promise<ScopedKeyInfo | null> {
  const r = await (await db()).get("keys", idOf(networkId, owner));
  return r ? { address: r.address, createdAt: r.createdAt } : null;
}

/** The private key, decrypted into memory for one signing session. */
export async function unsealScopedKey(
  networkId: string,
  owner: string,
): Promise<{ address: string; privkey: Uint8Array } | null> {
  const r = await (await db()).get("keys", idOf(networkId, owner));
  if (!r) return null;
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: r.iv as BufferSource, additionalData: utf8(r.address) },
    r.wrappingKey,
    r.ciphertext as BufferSource,
  );
  return { address: r.address, privkey: new Uint8Array(plain) };
}

export async function deleteScopedKey(networkId: string, owner: string): Promise<void> {
  await (await db()).delete("keys", idOf(networkId, owner));
}

/** Every stored top-up key's public part, for the pages and the runner (no decryption). */
export async function listScopedKeys(): Promise<(ScopedKeyInfo & { networkId: string; owner: string })[]> {
  const all = await (await db()).getAll("keys");
  return all.map((r) => ({
    networkId: r.networkId,
    owner: r.owner,
    address: r.address,
    createdAt: r.createdAt,
  }));
}
