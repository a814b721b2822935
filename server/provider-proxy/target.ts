// From an envelope to a verified TLS connection: known network → provider registered on it →
// URL on the registered host → allowed address → certificate published on chain. Each refusal
// becomes a ProxyFailure with the reason a tenant can act on.
import type tls from "node:tls";
import { RefusedAddressError, type Resolver } from "./address-guard";
import { ProviderLookupError, type ProviderDirectory } from "./chain";
import { CertificateMismatchError, connectToProvider, UnreachableError } from "./connect";
import { targetOn, type ProxyFailure } from "./envelope";
import type { ProxyNetwork } from "./networks";

export interface TargetDeps {
  networks: readonly ProxyNetwork[];
  directory: ProviderDirectory;
  resolve?: Resolver;
}

export class ProxyFailureError extends Error {
  constructor(readonly failure: ProxyFailure) {
    super(failure.message);
  }
}

const fail = (status: number, code: ProxyFailure["code"], message: string) =>
  new ProxyFailureError({ status, code, message });

export async function openTarget(
  deps: TargetDeps,
  req: { network: string; providerAddress: string; url: string },
  timeoutMs: number,
): Promise<{ socket: tls.TLSSocket; url: URL }> {
  const network = deps.networks.find((n) => n.id === req.network);
  if (!network) throw fail(400, "unknown-network", `The proxy does not serve the network "${req.network}".`);
  let record;
  try {
    record = await deps.directory.lookup(network, req.providerAddress);
  } catch (err) {
    if (err instanceof ProviderLookupError)
      throw fail(err.status, err.status === 404 ? "not-registered" : "lookup-failed", err.message);
    throw err;
  }
  const url = targetOn(record.hostUri, req.url);
  if (!url)
    throw fail(
      403,
      "wrong-host",
      `${req.providerAddress} registered ${record.hostUri.origin} on chain; the proxy only connects there.`,
    );
  try {
    const socket = await connectToProvider({
      record,
      allowLoopback: network.allowLoopback,
      timeoutMs,
      resolve: deps.resolve,
    });
    return { socket, url };
  } catch (err) {
    if (err instanceof RefusedAddressError) throw fail(403, "refused-address", err.message);
    // 495 is what Console's proxy answers for a bad provider certificate.
    if (err instanceof CertificateMismatchError) throw fail(495, "certificate-mismatch", err.message);
    if (err instanceof UnreachableError) throw fail(502, "unreachable", err.message);
    throw err;
  }
}
