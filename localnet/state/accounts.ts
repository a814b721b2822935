// Named localnet accounts (tenant, tenant-2, provider-N, auditor). Mnemonics are generated on the
// first start of a data dir and kept in DIR/accounts.json; nothing here is ever hard-coded.

import { pbkdf2Sync } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Bip39, EnglishMnemonic, Random, Secp256k1, Slip10, Slip10Curve, stringToPath } from "@cosmjs/crypto";
import { pubkeyAddress } from "../chain/ante.ts";

export interface NamedAccount {
  name: string;
  address: string;
  mnemonic: string;
}

export function accountNames(providers: number): string[] {
  return [
    "tenant",
    "tenant-2",
    ...Array.from({ length: providers }, (_, i) => `provider-${i + 1}`),
    "auditor",
  ];
}

/**
 * Address of the first Cosmos HD key (m/44'/118'/0'/0/0) of a mnemonic. Uses Node's native
 * PBKDF2 because the pure-JS one costs ~100 ms per account and boot must stay under 2 s.
 */
export async function addressOf(mnemonic: string): Promise<string> {
  const normalized = new EnglishMnemonic(mnemonic).toString().normalize("NFKD");
  const seed = pbkdf2Sync(normalized, "mnemonic", 2048, 64, "sha512");
  const { privkey } = Slip10.derivePath(Slip10Curve.Secp256k1, seed, stringToPath("m/44'/118'/0'/0/0"));
  const { pubkey } = await Secp256k1.makeKeypair(privkey);
  return pubkeyAddress(Secp256k1.compressPubkey(pubkey));
}

export function generateMnemonic(): string {
  return Bip39.encode(Random.getBytes(32)).toString();
}

/** Loads DIR/accounts.json, adding any names it lacks (e.g. more providers than last time). */
export async function loadOrCreateAccounts(dataDir: string, names: string[]): Promise<NamedAccount[]> {
  const file = join(dataDir, "accounts.json");
  const known = new Map<string, NamedAccount>();
  if (existsSync(file)) {
    for (const a of JSON.parse(readFileSync(file, "utf8")) as NamedAccount[]) known.set(a.name, a);
  }
  let changed = false;
  for (const name of names) {
    if (known.has(name)) continue;
    const mnemonic = generateMnemonic();
    known.set(name, { name, mnemonic, address: await addressOf(mnemonic) });
    changed = true;
  }
  if (changed) writeFileSync(file, JSON.stringify([...known.values()], null, 2), { mode: 0o600 });
  return names.map((n) => known.get(n) as NamedAccount);
}
