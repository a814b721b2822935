// Putting a provider on chain, idempotently: MsgCreateProvider (or MsgUpdateProvider when its
// host URI or attributes changed since the last start), MsgCreateCertificate for its TLS
// certificate unless that exact certificate (owner + serial) is already valid on chain, and the
// auditor's MsgSignProviderAttributes for audited providers unless it already signed the same set.
import type { EncodeObject } from "@cosmjs/proto-signing";
import { MsgCreateProvider, MsgUpdateProvider } from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import {
  MsgCreateCertificate,
  MsgSignProviderAttributes,
} from "@akashnetwork/chain-sdk/private-types/akash.v1";
import type { RestClient } from "./chain/rest.ts";
import { queries } from "./chain/rest.ts";
import type { ChainSigner } from "./chain/signer.ts";
import type { TlsIdentity } from "./chain/tls.ts";
import type { Logger } from "./logger.ts";
import type { Attribute } from "./market/groupSpec.ts";

export interface Registration {
  signer: ChainSigner;
  rest: RestClient;
  hostUri: string;
  attributes: Attribute[];
  info: { email: string; website: string };
  tls: TlsIdentity;
  log: Logger;
}

const sameAttributes = (a: Attribute[], b: Attribute[]): boolean => {
  const key = (x: Attribute[]) => JSON.stringify([...x].sort((p, q) => p.key.localeCompare(q.key)));
  return key(a) === key(b);
};

export async function ensureRegistered(r: Registration): Promise<void> {
  const owner = r.signer.address;
  const msgs: EncodeObject[] = [];
  const existing = await queries.provider(r.rest, owner);
  const body = { owner, hostUri: r.hostUri, attributes: r.attributes, info: r.info };
  if (!existing) {
    msgs.push({ typeUrl: `/${MsgCreateProvider.$type}`, value: MsgCreateProvider.fromPartial(body) });
  } else if (
    existing.provider.host_uri !== r.hostUri ||
    !sameAttributes(existing.provider.attributes ?? [], r.attributes)
  ) {
    msgs.push({ typeUrl: `/${MsgUpdateProvider.$type}`, value: MsgUpdateProvider.fromPartial(body) });
  }
  const onChain = await queries.certificates(r.rest, owner, r.tls.serial);
  if (onChain.length === 0) {
    const enc = new TextEncoder();
    msgs.push({
      typeUrl: `/${MsgCreateCertificate.$type}`,
      value: MsgCreateCertificate.fromPartial({
        owner,
        cert: enc.encode(r.tls.cert),
        pubkey: enc.encode(r.tls.publicKey),
      }),
    });
  }
  if (msgs.length === 0) return;
  await r.signer.send(msgs);
  r.log.info("registered on chain", { messages: msgs.map((m) => m.typeUrl) });
}

export async function ensureAudited(
  auditor: ChainSigner,
  rest: RestClient,
  providers: { address: string; attributes: Attribute[] }[],
): Promise<void> {
  const msgs: EncodeObject[] = [];
  for (const p of providers) {
    const signed = (await queries.auditedAttributes(rest, p.address)).get(auditor.address);
    if (signed && sameAttributes(signed, p.attributes)) continue;
    msgs.push({
      typeUrl: `/${MsgSignProviderAttributes.$type}`,
      value: MsgSignProviderAttributes.fromPartial({
        owner: p.address,
        auditor: auditor.address,
        attributes: p.attributes,
      }),
    });
  }
  if (msgs.length > 0) await auditor.send(msgs);
}
