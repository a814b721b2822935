// mTLS, the legacy way tenants authenticate to providers (PROV gateway/utils VerifyOwnerCert): a
// self-signed client certificate whose CN is the tenant's address, whose issuer CN matches, that
// is valid now, allows client auth, and is published and valid on chain under owner + serial.
// It grants full access to the owner's leases for 15 minutes per request, like AuthProcess.
import { X509Certificate } from "node:crypto";
import type { TLSSocket } from "node:tls";
import type http from "node:http";
import { fromBech32 } from "@cosmjs/encoding";
import type { Claims } from "../auth/claims.ts";

const CLIENT_AUTH_OID = "1.3.6.1.5.5.7.3.2";

export type OnChainCert = (owner: string, serial: string) => Promise<string | null>;

export function peerCertificate(req: http.IncomingMessage): X509Certificate | null {
  const socket = req.socket as TLSSocket;
  if (typeof socket.getPeerCertificate !== "function") return null;
  const peer = socket.getPeerCertificate(false);
  if (!peer || !peer.raw) return null;
  return new X509Certificate(peer.raw);
}

const cn = (dn: string): string => /(?:^|\n)CN=([^\n]+)/.exec(dn)?.[1] ?? "";

/** Claims for a verified client certificate, or the reason it is refused. */
export async function verifyClientCertificate(
  cert: X509Certificate,
  onChain: OnChainCert,
  now = Date.now(),
): Promise<Claims | string> {
  const owner = cn(cert.subject);
  try {
    if (fromBech32(owner).prefix !== "akash") return "tls: invalid certificate's subject common name";
  } catch {
    return "tls: invalid certificate's subject common name";
  }
  if (cn(cert.issuer) !== owner) return "tls: invalid certificate's issuer common name";
  if (!cert.verify(cert.publicKey)) return "tls: unable to verify certificate: not self-signed";
  if (now < Date.parse(cert.validFrom) || now > Date.parse(cert.validTo))
    return "tls: unable to verify certificate: expired";
  const usages = cert.keyUsage ?? [];
  if (usages.length > 0 && !usages.includes(CLIENT_AUTH_OID))
    return "tls: unable to verify certificate: incompatible usage";
  const serial = BigInt("0x" + cert.serialNumber).toString(10);
  const published = await onChain(owner, serial);
  if (!published || !new X509Certificate(published).publicKey.equals(cert.publicKey)) {
    return "tls: attempt to use non-existing or revoked certificate";
  }
  const iat = Math.floor(now / 1000);
  return { iss: owner, iat, nbf: iat, exp: iat + 15 * 60, version: "v1", leases: { access: "full" } };
}
