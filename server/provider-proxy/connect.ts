// Opens the TLS connection to a provider and checks, before a single byte of the request (and
// its JWT) is written, that the provider presents a certificate it published on chain. Provider
// certificates are self-signed, so CA validation cannot help; the chain is the trust anchor.
import tls from "node:tls";
import { resolveAllowed, type Resolver } from "./address-guard";
import type { ProviderRecord } from "./chain";

export class CertificateMismatchError extends Error {}
export class UnreachableError extends Error {}

export interface ConnectOptions {
  record: ProviderRecord;
  allowLoopback: boolean;
  timeoutMs: number;
  resolve?: Resolver;
}

export async function connectToProvider(opts: ConnectOptions): Promise<tls.TLSSocket> {
  const { hostUri } = opts.record;
  const address = await resolveAllowed(hostUri.hostname, opts.allowLoopback, opts.resolve);
  const port = Number(hostUri.port || 443);
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: address,
      port,
      // Providers serve their on-chain certificate when no SNI is sent (akash-protocol.md §4).
      servername: "",
      rejectUnauthorized: false,
      minVersion: "TLSv1.2",
    });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new UnreachableError(`${hostUri.host} did not complete a TLS handshake in time.`));
    }, opts.timeoutMs);
    socket.once("secureConnect", () => {
      clearTimeout(timer);
      const cert = socket.getPeerCertificate();
      if (!cert?.fingerprint256 || !opts.record.fingerprints.has(cert.fingerprint256)) {
        socket.destroy();
        reject(
          new CertificateMismatchError(
            `${hostUri.host} presented a TLS certificate that its provider has not published on chain.`,
          ),
        );
        return;
      }
      resolve(socket);
    });
    socket.on("error", (err) => {
      clearTimeout(timer);
      reject(new UnreachableError(`Could not reach ${hostUri.host}: ${err.message}`));
    });
  });
}
