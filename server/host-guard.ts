// Decides which Host names the server answers to, against DNS rebinding: a page on
// http://evil.test:PORT whose name later resolves to 127.0.0.1 sends `Host: evil.test:PORT`, and
// must get nothing. Loopback names and IP literals (which no DNS answer can rebind) are always
// accepted; a public deployment adds its own names (`CONSOLE_PUBLIC_HOSTS`).
import { isIP } from "node:net";

export type HostGuard = (hostHeader: string | undefined) => boolean;

/** The host name of a Host header value ("[::1]:4180" → "::1"), lower case, or null if malformed. */
export function hostnameOf(hostHeader: string): string | null {
  const value = hostHeader.trim().toLowerCase();
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed?.[1]) return isIP(bracketed[1]) === 6 ? bracketed[1] : null;
  const plain = /^([a-z0-9.-]+)(?::\d{1,5})?$/.exec(value);
  if (!plain?.[1]) return null;
  return plain[1].replace(/\.$/, "");
}

/**
 * Public names as configured: exact names ("console.example.com") or one leading wildcard
 * label ("*.example.com", which does not match example.com itself).
 */
export function parsePublicHosts(list: string | undefined): string[] {
  const names = (list ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const name of names)
    if (!/^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(name))
      throw new Error(`CONSOLE_PUBLIC_HOSTS: "${name}" is not a host name (no scheme, port or path).`);
  return names;
}

export function createHostGuard(publicHosts: readonly string[] = []): HostGuard {
  const exact = new Set(publicHosts.filter((h) => !h.startsWith("*.")));
  const suffixes = publicHosts.filter((h) => h.startsWith("*.")).map((h) => h.slice(1));
  return (hostHeader) => {
    if (!hostHeader) return false;
    const name = hostnameOf(hostHeader);
    if (!name) return false;
    if (isIP(name) !== 0) return true;
    if (name === "localhost") return true;
    return exact.has(name) || suffixes.some((s) => name.endsWith(s) && name.length > s.length);
  };
}
