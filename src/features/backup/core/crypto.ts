// Passphrase encryption of a backup file: PBKDF2-SHA-256 (600,000 iterations, OWASP 2023) turns
// the passphrase and a random 16-byte salt into an AES-256-GCM key; a random 12-byte IV; the
// file's header (format, version, time, KDF parameters) is the additional data, so none of it can
// be changed without the decryption failing. WebCrypto runs the KDF off the JavaScript thread.
import * as z from "zod/mini";

export const KDF_ITERATIONS = 600_000;
/** A hostile file could ask for a billion iterations and hang the tab: refuse beyond this. */
export const MAX_ITERATIONS = 10_000_000;
export const MIN_ITERATIONS = 100_000;

export const encryptionSchema = z.object({
  cipher: z.literal("AES-256-GCM"),
  kdf: z.literal("PBKDF2-SHA-256"),
  iterations: z.number().check(z.int(), z.gte(MIN_ITERATIONS), z.lte(MAX_ITERATIONS)),
  salt: z.string(),
  iv: z.string(),
});
export type Encryption = z.infer<typeof encryptionSchema>;

export class WrongPassphraseError extends Error {
  override name = "WrongPassphraseError";
  constructor() {
    super("The passphrase is wrong, or the file was changed after it was encrypted. Nothing was imported.");
  }
}

export function toBase64(bytes: Uint8Array): string {
  let text = "";
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const base = await crypto.subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, [
    "deriveKey",
  ]);
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    base,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

export function newEncryption(iterations = KDF_ITERATIONS): Encryption {
  return {
    cipher: "AES-256-GCM",
    kdf: "PBKDF2-SHA-256",
    iterations,
    salt: toBase64(crypto.getRandomValues(new Uint8Array(16))),
    iv: toBase64(crypto.getRandomValues(new Uint8Array(12))),
  };
}

export async function encryptText(
  plaintext: string,
  passphrase: string,
  params: Encryption,
  additionalData: string,
): Promise<string> {
  const key = await deriveKey(passphrase, fromBase64(params.salt), params.iterations);
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv: fromBase64(params.iv), additionalData: new TextEncoder().encode(additionalData) },
    key,
    new TextEncoder().encode(plaintext),
  );
  return toBase64(new Uint8Array(sealed));
}

/** Throws WrongPassphraseError when the tag does not check (wrong passphrase, changed file). */
export async function decryptText(
  ciphertext: string,
  passphrase: string,
  params: Encryption,
  additionalData: string,
): Promise<string> {
  const key = await deriveKey(passphrase, fromBase64(params.salt), params.iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: "AES-GCM",
        iv: fromBase64(params.iv),
        additionalData: new TextEncoder().encode(additionalData),
      },
      key,
      fromBase64(ciphertext),
    );
    return new TextDecoder().decode(plain);
  } catch {
    throw new WrongPassphraseError();
  }
}
