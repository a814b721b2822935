// The relay's client authentication (WalletConnect "Relay Client Auth"): every client puts a JWT
// in the websocket URL (?auth=…). It is a did-jwt signed with EdDSA by the client's Ed25519 key;
// `iss` is that key as a did:key (multicodec 0xed01, base58btc), `aud` the relay URL the client
// dialled, `sub` a random session id, `iat`/`exp` seconds. The client id (the mailbox address) is
// the `iss`. Checked strictly, as the hosted relay does: a bad signature, a foreign audience or an
// expired token refuses the connection.
import { createPublicKey, verify } from "node:crypto";

export interface RelayClaims {
  /** the client's did:key: its mailbox address */
  clientId: string;
  sub: string;
  exp: number;
}

export class RelayAuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RelayAuthError";
  }
}

const BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
/** A token issued a little in the future is accepted (clock skew between phone and relay). */
const MAX_SKEW_SEC = 300;

export function base58Decode(text: string): Uint8Array {
  let value = 0n;
  for (const ch of text) {
    const digit = BASE58.indexOf(ch);
    if (digit < 0) throw new RelayAuthError(`invalid base58 character ${JSON.stringify(ch)}`);
    value = value * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  while (value > 0n) {
    bytes.unshift(Number(value & 0xffn));
    value >>= 8n;
  }
  for (const ch of text) {
    if (ch !== "1") break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

/** The raw Ed25519 public key inside a did:key issuer. */
export function publicKeyOfDid(did: string): Uint8Array {
  const [scheme, method, multibase] = did.split(":");
  if (scheme !== "did" || method !== "key" || !multibase?.startsWith("z"))
    throw new RelayAuthError("iss must be a did:key in base58btc");
  const bytes = base58Decode(multibase.slice(1));
  if (bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01)
    throw new RelayAuthError("iss must be an Ed25519 public key");
  return bytes.slice(2);
}

function jsonPart(part: string | undefined, what: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part ?? "", "base64url").toString("utf8"));
    if (value && typeof value === "object") return value as Record<string, unknown>;
  } catch {
    // fall through to the error below
  }
  throw new RelayAuthError(`the JWT ${what} is not JSON`);
}

/** scheme://host:port/path, so "ws://127.0.0.1:5/" and "ws://127.0.0.1:5" compare equal. */
function normalUrl(raw: string): string {
  try {
    const u = new URL(raw);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, "")}`;
  } catch {
    throw new RelayAuthError(`aud is not a URL: ${raw}`);
  }
}

export function verifyRelayJwt(jwt: string, expectedAud: string, nowSec: number): RelayClaims {
  const parts = jwt.split(".");
  if (parts.length !== 3) throw new RelayAuthError("auth is not a JWT");
  const [head, body, sig] = parts as [string, string, string];
  const header = jsonPart(head, "header");
  if (header.alg !== "EdDSA" || header.typ !== "JWT") throw new RelayAuthError("the JWT must be EdDSA");
  const claims = jsonPart(body, "payload");
  const { iss, sub, aud, iat, exp } = claims;
  if (typeof iss !== "string" || typeof sub !== "string" || typeof aud !== "string")
    throw new RelayAuthError("iss, sub and aud are required");
  if (typeof iat !== "number" || typeof exp !== "number")
    throw new RelayAuthError("iat and exp are required");
  const key = createPublicKey({
    key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(publicKeyOfDid(iss)).toString("base64url") },
    format: "jwk",
  });
  if (!verify(null, Buffer.from(`${head}.${body}`, "utf8"), key, Buffer.from(sig, "base64url")))
    throw new RelayAuthError("the JWT signature does not verify");
  if (normalUrl(aud) !== normalUrl(expectedAud))
    throw new RelayAuthError(`the JWT is for ${aud}, not this relay (${expectedAud})`);
  if (exp <= nowSec) throw new RelayAuthError("the JWT has expired");
  if (iat > nowSec + MAX_SKEW_SEC) throw new RelayAuthError("the JWT is issued in the future");
  return { clientId: iss, sub, exp };
}
