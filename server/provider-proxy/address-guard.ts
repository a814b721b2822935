// Decides which IP addresses the provider proxy may connect to. Hosts are resolved here and the
// proxy connects to the checked address itself, so a DNS answer cannot change between the check
// and the connection (DNS rebinding).
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { embeddedIPv4, parseIPv4, parseIPv6 } from "./ip-address";

const PRIVATE = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["169.254.0.0", 16], // link-local, including the cloud metadata address 169.254.169.254
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24], // documentation ranges: never a provider
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 3], // multicast and reserved
] as const)
  PRIVATE.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["64:ff9b:1::", 48], // local-use NAT64 (RFC 8215)
  ["100::", 64], // discard
  ["2001::", 23], // IETF protocol assignments, including Teredo (2001::/32), whose IPv4 is obfuscated
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local, including AWS's fd00:ec2::254 metadata
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  PRIVATE.addSubnet(net, bits, "ipv6");

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

export type AddressVerdict = "public" | "loopback" | "private";

function classifyIPv4(ip: string): AddressVerdict {
  if (LOOPBACK.check(ip, "ipv4")) return "loopback";
  return PRIVATE.check(ip, "ipv4") ? "private" : "public";
}

/** How an IP literal is reached: an IPv6 address that carries an IPv4 one is judged by the IPv4. */
export function classifyAddress(address: string): AddressVerdict {
  if (parseIPv4(address)) return classifyIPv4(address);
  const bytes = parseIPv6(address);
  // Not an IP literal: refuse rather than guess.
  if (!bytes) return "private";
  const v4 = embeddedIPv4(bytes);
  if (v4) return classifyIPv4(v4);
  const canonical = Array.from({ length: 8 }, (_, i) =>
    (((bytes[i * 2] ?? 0) << 8) | (bytes[i * 2 + 1] ?? 0)).toString(16),
  ).join(":");
  if (LOOPBACK.check(canonical, "ipv6")) return "loopback";
  return PRIVATE.check(canonical, "ipv6") ? "private" : "public";
}

export type Resolver = (host: string) => Promise<string[]>;

export const systemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

export class RefusedAddressError extends Error {}

/** Resolves host and returns the address to connect to, or throws when any answer is not allowed. */
export async function resolveAllowed(
  host: string,
  allowLoopback: boolean,
  resolve: Resolver = systemResolver,
): Promise<string> {
  const bare = host.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const addresses = isIP(bare) ? [bare] : await resolve(bare);
  if (addresses.length === 0) throw new RefusedAddressError(`${host} does not resolve.`);
  // Every answer must pass: otherwise a name with one public and one private record would do.
  for (const address of addresses) {
    const verdict = classifyAddress(address);
    if (verdict === "private" || (verdict === "loopback" && !allowLoopback)) {
      throw new RefusedAddressError(
        `${host} resolves to ${address}, a private address the proxy will not reach.`,
      );
    }
  }
  return addresses[0] as string;
}
