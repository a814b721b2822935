// Decides which IP addresses the provider proxy may connect to. Hosts are resolved here and the
// proxy connects to the checked address itself, so a DNS answer cannot change between the check
// and the connection (DNS rebinding).
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

const PRIVATE = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["169.254.0.0", 16], // link-local, including the cloud metadata address 169.254.169.254
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3], // multicast and reserved
] as const)
  PRIVATE.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["fc00::", 7], // unique local, including AWS's fd00:ec2::254 metadata
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
] as const)
  PRIVATE.addSubnet(net, bits, "ipv6");

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

function unmapped(ip: string): { ip: string; family: "ipv4" | "ipv6" } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return { ip: mapped[1], family: "ipv4" };
  return { ip, family: isIP(ip) === 6 ? "ipv6" : "ipv4" };
}

export type AddressVerdict = "public" | "loopback" | "private";

export function classifyAddress(address: string): AddressVerdict {
  const { ip, family } = unmapped(address);
  if (LOOPBACK.check(ip, family)) return "loopback";
  if (PRIVATE.check(ip, family)) return "private";
  return "public";
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
  const bare = host.replace(/^\[|\]$/g, "");
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
