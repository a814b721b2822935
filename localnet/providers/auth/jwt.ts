// Verifies the Bearer JWT a tenant sends to the provider gateway, in the order golang-jwt v5's
// ParseWithClaims does in the real provider (gateway/utils AuthProcess): decode, check `alg`,
// fetch the issuer's secp256k1 public key ON CHAIN, verify the signature (ES256KADR36 = ADR-036
// amino sign doc, or ES256K = raw), then the time and structural claims. Errors map to the
// provider's httperror values: signature/format/key problems → 401 "JWT is invalid"; any claims
// problem — expiry included, since v5 wraps ErrTokenExpired inside ErrTokenInvalidClaims and the
// provider tests InvalidClaims first — → 400 "JWT has invalid claims".
import { makeSignDoc, serializeSignDoc } from "@cosmjs/amino";
import { Secp256k1, Secp256k1Signature, sha256 } from "@cosmjs/crypto";
import { fromBech32, toBase64 } from "@cosmjs/encoding";
import { z } from "zod";
import { type Claims, validateClaims } from "./claims.ts";

export interface AuthFailure {
  status: 400 | 401;
  message: string;
}

export const JWT_INVALID: AuthFailure = { status: 401, message: "JWT is invalid" };
export const JWT_INVALID_CLAIMS: AuthFailure = { status: 400, message: "JWT has invalid claims" };
export const UNAUTHORIZED: AuthFailure = { status: 401, message: "unauthorized access" };
export const INVALID_AUTH_HEADER: AuthFailure = { status: 400, message: "invalid authorization header" };

export interface JwtDeps {
  /** unix milliseconds */
  now: () => number;
  /** the account's compressed secp256k1 key from chain, or null when the account or its key is unknown */
  pubKeyOf: (address: string) => Promise<Uint8Array | null>;
}

export type JwtResult = { ok: true; claims: Claims } | { ok: false; failure: AuthFailure; reason: string };

const numeric = z.number();
const permission = z.object({
  provider: z.string(),
  access: z.string().default(""),
  scope: z.array(z.string()).optional(),
  deployments: z
    .array(
      z.object({
        dseq: z.number().int().nonnegative(),
        gseq: z.number().int().nonnegative().optional(),
        oseq: z.number().int().nonnegative().optional(),
        scope: z.array(z.string()).default([]),
        services: z.array(z.string()).optional(),
      }),
    )
    .optional(),
});
const claimsSchema = z.object({
  iss: z.string().default(""),
  iat: numeric.optional(),
  nbf: numeric.optional(),
  exp: numeric.optional(),
  version: z.string().optional(),
  leases: z
    .object({
      access: z.string().default(""),
      scope: z.array(z.string()).optional(),
      permissions: z.array(permission).optional(),
    })
    .default({ access: "" }),
});

const B64URL = /^[A-Za-z0-9_-]*$/;

function decodeSegment(seg: string): Uint8Array | null {
  // golang-jwt decodes with RawURLEncoding: no padding, URL alphabet only.
  if (!B64URL.test(seg)) return null;
  return Uint8Array.from(Buffer.from(seg, "base64url"));
}

function parseJson(seg: string): unknown {
  const bytes = decodeSegment(seg);
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

const HALF_N = BigInt("0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");

async function verifySignature(
  alg: string,
  signingString: string,
  sig: Uint8Array,
  iss: string,
  pubKey: Uint8Array,
): Promise<boolean> {
  if (sig.length !== 64) return false;
  // Cosmos' secp256k1 verifier rejects high-S signatures (malleability); so does the provider.
  if (BigInt("0x" + Buffer.from(sig.slice(32)).toString("hex")) > HALF_N) return false;
  let message: Uint8Array;
  if (alg === "ES256KADR36") {
    const msg = {
      type: "sign/MsgSignData",
      value: { signer: iss, data: toBase64(new TextEncoder().encode(signingString)) },
    };
    message = serializeSignDoc(makeSignDoc([msg], { gas: "0", amount: [] }, "", "", 0, 0));
  } else {
    message = new TextEncoder().encode(signingString);
  }
  return Secp256k1.verifySignature(Secp256k1Signature.fromFixedLength(sig), sha256(message), pubKey);
}

function fail(failure: AuthFailure, reason: string): JwtResult {
  return { ok: false, failure, reason };
}

export async function verifyJwt(token: string, deps: JwtDeps): Promise<JwtResult> {
  const parts = token.split(".");
  if (parts.length !== 3) return fail(JWT_INVALID, "token is malformed");
  const [headerSeg, payloadSeg, sigSeg] = parts as [string, string, string];
  const header = z.object({ alg: z.string() }).safeParse(parseJson(headerSeg));
  const parsed = claimsSchema.safeParse(parseJson(payloadSeg));
  if (!header.success || !parsed.success) return fail(JWT_INVALID, "token is malformed");
  const alg = header.data.alg;
  if (alg !== "ES256K" && alg !== "ES256KADR36") return fail(JWT_INVALID, `signing method ${alg} is invalid`);
  const claims: Claims = parsed.data;
  try {
    fromBech32(claims.iss);
  } catch {
    return fail(JWT_INVALID, "issuer is not a bech32 address");
  }
  let pubKey: Uint8Array | null;
  try {
    pubKey = await deps.pubKeyOf(claims.iss);
  } catch {
    return fail(JWT_INVALID, "token is unverifiable: account query failed");
  }
  if (!pubKey) return fail(JWT_INVALID, "issuer has no public key on chain");
  const sig = decodeSegment(sigSeg);
  if (!sig) return fail(JWT_INVALID, "signature is malformed");
  if (!(await verifySignature(alg, `${headerSeg}.${payloadSeg}`, sig, claims.iss, pubKey))) {
    return fail(JWT_INVALID, "signature is invalid");
  }
  const now = deps.now();
  if (claims.exp !== undefined && now > claims.exp * 1000)
    return fail(JWT_INVALID_CLAIMS, "token is expired");
  if (claims.nbf !== undefined && now < claims.nbf * 1000)
    return fail(JWT_INVALID_CLAIMS, "token is not valid yet");
  const invalid = validateClaims(claims);
  if (invalid) return fail(JWT_INVALID_CLAIMS, invalid);
  return { ok: true, claims };
}
