// Who may receive the local network's tenant key (/local/wallet.json): a GET from a loopback
// client, made by a page of this same origin. Fetch Metadata (`Sec-Fetch-Site: same-origin`)
// proves the latter in current browsers; `X-Console-Local-Key` is a custom header, which a
// cross-origin page cannot send without a CORS preflight this server never approves. The Host
// check (host-guard.ts) runs first, so a rebound name never gets here.
import type { IncomingMessage } from "node:http";

export const LOCAL_WALLET_PATH = "/local/wallet.json";
export const LOCAL_KEY_HEADER = "x-console-local-key";

export interface LocalWallet {
  name: string;
  address: string;
  mnemonic: string;
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  return address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");
}

/** Why this request may not have the key, or null when it may. */
export function localWalletRefusal(
  req: Pick<IncomingMessage, "method" | "headers"> & { socket: { remoteAddress?: string } },
): { status: number; message: string } | null {
  if (req.method !== "GET") return { status: 405, message: "The local key is only handed out to a GET." };
  if (!isLoopbackAddress(req.socket.remoteAddress))
    return { status: 403, message: "The local key is only handed to this machine." };
  // A browser that sends Fetch Metadata says where the request comes from; one that does not
  // (or a script on this machine) must send the custom header.
  const site = req.headers["sec-fetch-site"];
  if (site === undefined ? req.headers[LOCAL_KEY_HEADER] === "1" : site === "same-origin") return null;
  return {
    status: 403,
    message: "The local key is only handed to the console's own page (same-origin fetch).",
  };
}
