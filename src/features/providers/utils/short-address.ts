/** akash1abcd…wxyz: enough to recognise an address, short enough for a phone. */
export function shortAddress(address: string, head = 10, tail = 4): string {
  if (address.length <= head + tail + 1) return address;
  return `${address.slice(0, head)}…${address.slice(-tail)}`;
}
