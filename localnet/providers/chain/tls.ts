// The provider's TLS identity: a self-signed ECDSA P-256 certificate with CN = provider address,
// made by chain-sdk's certificateManager, kept in the provider's data dir so restarts reuse it.
// The same certificate is published on chain (MsgCreateCertificate) and served by the gateway.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { X509Certificate } from "node:crypto";
import path from "node:path";
import { certificateManager } from "@akashnetwork/chain-sdk/web";
import { z } from "zod";

export interface TlsIdentity {
  cert: string;
  publicKey: string;
  privateKey: string;
  /** decimal serial, as the chain's cert module keys it */
  serial: string;
  expiresAt: Date;
}

const stored = z.object({ cert: z.string(), publicKey: z.string(), privateKey: z.string() });

function describe(pem: { cert: string; publicKey: string; privateKey: string }): TlsIdentity {
  const x509 = new X509Certificate(pem.cert);
  return { ...pem, serial: BigInt("0x" + x509.serialNumber).toString(10), expiresAt: new Date(x509.validTo) };
}

/** Loads the identity from dir, or makes (and stores) a new one when absent, for another address or expiring. */
export async function loadOrCreateTls(
  dir: string,
  address: string,
): Promise<{ identity: TlsIdentity; created: boolean }> {
  const file = path.join(dir, "tls.json");
  try {
    const pem = stored.parse(JSON.parse(await readFile(file, "utf8")));
    const identity = describe(pem);
    const cn = new X509Certificate(pem.cert).subject.replace(/^CN=/, "");
    const dayMs = 86_400_000;
    if (cn === address && identity.expiresAt.getTime() - Date.now() > dayMs)
      return { identity, created: false };
  } catch {
    // no stored identity (first start) or unreadable: make a new one below
  }
  const pem = await certificateManager.generatePEM(address);
  await mkdir(dir, { recursive: true });
  await writeFile(file, JSON.stringify(pem, null, 2), { mode: 0o600 });
  return { identity: describe(pem), created: true };
}
