// Akash account addresses: a bech32 check (prefix "akash", 20-byte payload, valid checksum) so a
// typed-in address is refused with a reason before anything is queried, and a short display form.
const CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const value of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    GENERATORS.forEach((g, i) => {
      if ((top >>> i) & 1) chk ^= g;
    });
  }
  return chk;
}

function expandPrefix(prefix: string): number[] {
  const codes = [...prefix].map((c) => c.charCodeAt(0));
  return [...codes.map((c) => c >>> 5), 0, ...codes.map((c) => c & 31)];
}

/** Why an address is not a valid Akash account address, or null when it is. */
export function akashAddressProblem(input: string): string | null {
  const address = input.trim();
  if (!address) return "Enter an address.";
  if (address !== address.toLowerCase() && address !== address.toUpperCase())
    return "An address is all lower case.";
  const lower = address.toLowerCase();
  const separator = lower.lastIndexOf("1");
  const prefix = lower.slice(0, separator);
  if (separator < 1 || prefix !== "akash") return "An Akash address starts with “akash1”.";
  const data = [...lower.slice(separator + 1)].map((c) => CHARSET.indexOf(c));
  if (data.some((d) => d < 0)) return "The address contains a character bech32 never uses.";
  // 20-byte account: 32 five-bit groups of payload plus a 6-group checksum.
  if (data.length !== 38) return "The address has the wrong length for an account.";
  if (polymod([...expandPrefix(prefix), ...data]) !== 1)
    return "The address has a typo (its checksum fails).";
  return null;
}

export function isAkashAddress(input: string): boolean {
  return akashAddressProblem(input) === null;
}

/** akash1abcd…wxyz: enough to recognise an address, short enough for a phone header. */
export function shortAddress(address: string, head = 10, tail = 4): string {
  if (address.length <= head + tail + 1) return address;
  return `${address.slice(0, head)}…${address.slice(-tail)}`;
}
