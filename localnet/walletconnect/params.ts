// Parameter checks for the relay's JSON-RPC methods (WalletConnect "Relay Server RPC"): topics
// are 32-byte hex strings, TTLs whole seconds (at most 30 days), tags uint32. A bad parameter is
// a JSON-RPC "Invalid params" error naming the field, never a silent default.
import type { Publication } from "./mailbox.ts";

export class InvalidParams extends Error {}

export const MAX_TTL_SEC = 30 * 24 * 3600;
/** What the relay itself uses when it stores session proposals and approvals (5 minutes). */
export const SESSION_TTL_SEC = 300;
/** Sign API tags the relay stamps on wc_proposeSession / wc_approveSession messages. */
export const TAGS = { sessionPropose: 1100, sessionProposeResponse: 1101, sessionSettle: 1102 };

const TOPIC = /^[0-9a-f]{64}$/i;

export function record(v: unknown, what = "params"): Record<string, unknown> {
  if (!v || typeof v !== "object" || Array.isArray(v)) throw new InvalidParams(`${what} must be an object`);
  return v as Record<string, unknown>;
}

export function topic(v: unknown, field = "topic"): string {
  if (typeof v !== "string" || !TOPIC.test(v)) throw new InvalidParams(`${field} must be 32 bytes of hex`);
  return v.toLowerCase();
}

export function topics(v: unknown, field = "topics"): string[] {
  if (!Array.isArray(v) || v.length === 0 || v.length > 500)
    throw new InvalidParams(`${field} must be a list of 1 to 500 topics`);
  return v.map((t) => topic(t, field));
}

export function message(v: unknown, field = "message"): string {
  if (typeof v !== "string" || v.length === 0) throw new InvalidParams(`${field} must be a non-empty string`);
  return v;
}

function uint(v: unknown, field: string, max: number): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > max)
    throw new InvalidParams(`${field} must be an integer from 0 to ${max}`);
  return v;
}

export function publication(v: unknown): Publication {
  const p = record(v);
  const ttl = uint(p.ttl, "ttl", MAX_TTL_SEC);
  if (ttl === 0) throw new InvalidParams("ttl must be at least 1 second");
  const attestation = typeof p.attestation === "string" && p.attestation ? p.attestation : undefined;
  return {
    topic: topic(p.topic),
    message: message(p.message),
    ttl,
    tag: p.tag === undefined ? 0 : uint(p.tag, "tag", 0xffff_ffff),
    ...(attestation ? { attestation } : {}),
  };
}

/** The optional ttl a wc_proposeSession / wc_approveSession carries (the SDK sends 300). */
export function sessionTtl(v: unknown): number {
  if (v === undefined) return SESSION_TTL_SEC;
  const ttl = uint(v, "ttl", MAX_TTL_SEC);
  return ttl === 0 ? SESSION_TTL_SEC : ttl;
}
