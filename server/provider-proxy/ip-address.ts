// Parses IP literals into bytes and finds the IPv4 address an IPv6 address carries, so the
// address guard judges `[::127.0.0.1]`, `::ffff:10.0.0.1`, 6to4 and NAT64 forms by where they
// really lead. Pure functions, no DNS.
import { isIP } from "node:net";

export function parseIPv4(text: string): Uint8Array | null {
  if (isIP(text) !== 4) return null;
  return Uint8Array.from(text.split(".").map(Number));
}

/** The 16 bytes of an IPv6 literal (zone id and brackets allowed), or null when it is not one. */
export function parseIPv6(text: string): Uint8Array | null {
  const bare = text.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (isIP(bare) !== 6) return null;
  let head = bare;
  const tail: number[] = [];
  // A trailing dotted quad stands for the last two groups.
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (quad?.[1]) {
    const v4 = parseIPv4(quad[1]);
    if (!v4) return null;
    tail.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
    head = bare.slice(0, -quad[1].length);
    if (head.endsWith(":") && !head.endsWith("::")) head = head.slice(0, -1);
  }
  const groups = (part: string) => (part === "" ? [] : part.split(":").map((g) => parseInt(g, 16)));
  const [left = "", right] = head.split("::");
  let words = [...groups(left), ...(right === undefined ? tail : [])];
  if (right !== undefined) {
    const after = [...groups(right), ...tail];
    words = [...words, ...Array<number>(Math.max(0, 8 - words.length - after.length)).fill(0), ...after];
  }
  if (words.length !== 8) return null;
  const bytes = new Uint8Array(16);
  words.forEach((w, i) => {
    bytes[i * 2] = w >> 8;
    bytes[i * 2 + 1] = w & 0xff;
  });
  return bytes;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
const zero = (n: number) => Array<number>(n).fill(0);
const dotted = (b: Uint8Array) => Array.from(b).join(".");

/**
 * The IPv4 address an IPv6 address embeds and routes to, if any:
 * IPv4-compatible `::a.b.c.d` (not :: or ::1), IPv4-mapped `::ffff:a.b.c.d`, SIIT IPv4-translated
 * `::ffff:0:a.b.c.d` (RFC 2765), NAT64 well-known prefix `64:ff9b::/96` (RFC 6052) and 6to4
 * `2002:AABB:CCDD::/16` (RFC 3056).
 */
export function embeddedIPv4(bytes: Uint8Array): string | null {
  const last4 = bytes.subarray(12, 16);
  if (startsWith(bytes, zero(12))) {
    const n = (last4[0] ?? 0) | (last4[1] ?? 0) | (last4[2] ?? 0);
    // :: and ::1 are the IPv6 unspecified and loopback addresses, not IPv4-compatible ones.
    return n === 0 && (last4[3] ?? 0) <= 1 ? null : dotted(last4);
  }
  if (startsWith(bytes, [...zero(10), 0xff, 0xff])) return dotted(last4);
  if (startsWith(bytes, [...zero(8), 0xff, 0xff, 0, 0])) return dotted(last4);
  if (startsWith(bytes, [0, 0x64, 0xff, 0x9b, ...zero(8)])) return dotted(last4);
  if (startsWith(bytes, [0x20, 0x02])) return dotted(bytes.subarray(2, 6));
  return null;
}
