// Short texts the funding pages and summaries share: an address a person can compare, a limit in
// time.
export function shortAddr(address: string): string {
  return address.length > 20 ? `${address.slice(0, 12)}…${address.slice(-6)}` : address;
}

export function untilText(expiresAt: Date | string | null): string {
  if (!expiresAt) return "with no expiry";
  const d = typeof expiresAt === "string" ? new Date(expiresAt) : expiresAt;
  return `until ${d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
}
