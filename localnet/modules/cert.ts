// x/cert (v1): mTLS client certificates published on chain. A certificate must be a PEM
// "CERTIFICATE", self-signed, with CN = owner, and come with its "EC PUBLIC KEY" PEM.

import { X509Certificate, createPublicKey } from "node:crypto";
import {
  MsgCreateCertificate,
  MsgRevokeCertificate,
  Cert_State,
} from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { CertErr } from "../chain/errors.ts";
import { requireAddress } from "./deployment.ts";
import type { MsgHandler } from "./types.ts";

export const certKey = (owner: string, serial: string) => `${owner}/${serial}`;

function pemBlock(bytes: Uint8Array, type: string): string | null {
  const text = new TextDecoder().decode(bytes);
  const m = new RegExp(`-----BEGIN ${type}-----([\\s\\S]+?)-----END ${type}-----`).exec(text);
  return m ? m[0] : null;
}

/** Parses and checks a certificate; returns its serial number in decimal as the node keys it. */
export function validateCertificate(owner: string, certBytes: Uint8Array, pubkeyBytes: Uint8Array): string {
  const certPem = pemBlock(certBytes, "CERTIFICATE");
  if (!certPem) throw CertErr.invalidCert("invalid pem block type");
  const keyPem = pemBlock(pubkeyBytes, "EC PUBLIC KEY");
  if (!keyPem) throw CertErr.invalidPubkey("invalid pem block type");
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certPem);
  } catch {
    throw CertErr.invalidCert("unparsable certificate");
  }
  const cn = /(?:^|\n)CN=([^\n]+)/.exec(cert.subject)?.[1];
  if (cn !== owner) throw CertErr.invalidCert(`CN ${cn ?? "(none)"} does not match owner`);
  if (cert.publicKey.asymmetricKeyType !== "ec") throw CertErr.invalidCert("certificate key is not ECDSA");
  if (!cert.verify(cert.publicKey)) throw CertErr.invalidCert("certificate is not self-signed");
  let pub;
  try {
    const der = Buffer.from(keyPem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, ""), "base64");
    pub = createPublicKey({ key: der, format: "der", type: "spki" });
  } catch {
    throw CertErr.invalidPubkey("unparsable public key");
  }
  const a = pub.export({ format: "der", type: "spki" });
  const b = cert.publicKey.export({ format: "der", type: "spki" });
  if (!Buffer.from(a).equals(Buffer.from(b)))
    throw CertErr.invalidPubkey("public key does not match certificate");
  return BigInt(`0x${cert.serialNumber}`).toString(10);
}

export const msgCreateCertificate: MsgHandler<MsgCreateCertificate> = {
  typeUrl: "/akash.cert.v1.MsgCreateCertificate",
  codec: MsgCreateCertificate,
  signers: (m) => [m.owner],
  handle(ctx, m) {
    requireAddress(m.owner, CertErr.invalidAddress);
    const serial = validateCertificate(m.owner, m.cert, m.pubkey);
    const key = certKey(m.owner, serial);
    if (ctx.state.certificates.has(key)) throw CertErr.exists();
    ctx.state.certificates.set(key, { state: Cert_State.valid, cert: m.cert, pubkey: m.pubkey });
  },
};

export const msgRevokeCertificate: MsgHandler<MsgRevokeCertificate> = {
  typeUrl: "/akash.cert.v1.MsgRevokeCertificate",
  codec: MsgRevokeCertificate,
  signers: (m) => [m.id?.owner ?? ""],
  handle(ctx, m) {
    const id = m.id;
    if (!id || !/^\d+$/.test(id.serial)) throw CertErr.invalidSerial();
    const key = certKey(id.owner, BigInt(id.serial).toString());
    const cert = ctx.state.certificates.get(key);
    if (!cert) throw CertErr.notFound();
    if (cert.state === Cert_State.revoked) throw CertErr.alreadyRevoked();
    ctx.state.certificates.set(key, { ...cert, state: Cert_State.revoked });
  },
};
