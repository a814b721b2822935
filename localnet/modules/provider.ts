// x/provider (v1beta4) and x/audit (v1): provider registration with host URI and attributes,
// auditors signing provider attributes, and matching providers against an order's requirements.

import {
  MsgCreateProvider,
  MsgUpdateProvider,
  MsgDeleteProvider,
  Provider,
  EventProviderCreated,
  EventProviderUpdated,
} from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import type { Order } from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import {
  MsgSignProviderAttributes,
  MsgDeleteProviderAttributes,
  AuditedProvider,
  EventTrustedAuditorCreated,
  EventTrustedAuditorDeleted,
  type Attribute,
} from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { emitTyped, type ExecContext } from "../chain/context.ts";
import { ChainError, ProviderErr } from "../chain/errors.ts";
import { requireAddress } from "./deployment.ts";
import type { MsgHandler } from "./types.ts";

const ATTR_KEY = /^([a-zA-Z][\w/.\-*]{0,126}[\w*])$/;

function validateAttributes(attrs: Attribute[]): void {
  const seen = new Set<string>();
  for (const a of attrs) {
    if (!ATTR_KEY.test(a.key)) throw ProviderErr.attributes(`invalid attribute key ${JSON.stringify(a.key)}`);
    if (seen.has(a.key)) throw ProviderErr.attributes(`duplicate attribute key ${a.key}`);
    seen.add(a.key);
  }
}

function validateHostUri(uri: string): void {
  let u: URL;
  try {
    u = new URL(uri);
  } catch {
    throw ProviderErr.invalidUri();
  }
  if (!u.host) throw ProviderErr.notAbsUri();
  if (u.protocol !== "https:" && u.protocol !== "http:") throw ProviderErr.invalidUri();
}

function validateProviderMsg(m: MsgCreateProvider | MsgUpdateProvider): void {
  requireAddress(m.owner);
  validateHostUri(m.hostUri);
  validateAttributes(m.attributes);
}

/** Create and update write the same record: the message's fields replace the stored ones. */
function storeProvider(ctx: ExecContext, m: MsgCreateProvider | MsgUpdateProvider) {
  ctx.state.providers.set(
    m.owner,
    Provider.fromPartial({
      owner: m.owner,
      hostUri: m.hostUri,
      attributes: m.attributes,
      info: m.info ?? { email: "", website: "" },
    }),
  );
}

export const msgCreateProvider: MsgHandler<MsgCreateProvider> = {
  typeUrl: "/akash.provider.v1beta4.MsgCreateProvider",
  codec: MsgCreateProvider,
  signers: (m) => [m.owner],
  handle(ctx, m) {
    validateProviderMsg(m);
    if (ctx.state.providers.has(m.owner)) throw ProviderErr.exists();
    storeProvider(ctx, m);
    emitTyped(ctx, EventProviderCreated, EventProviderCreated.fromPartial({ owner: m.owner }));
  },
};

export const msgUpdateProvider: MsgHandler<MsgUpdateProvider> = {
  typeUrl: "/akash.provider.v1beta4.MsgUpdateProvider",
  codec: MsgUpdateProvider,
  signers: (m) => [m.owner],
  handle(ctx, m) {
    validateProviderMsg(m);
    if (!ctx.state.providers.has(m.owner)) throw ProviderErr.notFound();
    storeProvider(ctx, m);
    emitTyped(ctx, EventProviderUpdated, EventProviderUpdated.fromPartial({ owner: m.owner }));
  },
};

export const msgDeleteProvider: MsgHandler<MsgDeleteProvider> = {
  typeUrl: "/akash.provider.v1beta4.MsgDeleteProvider",
  codec: MsgDeleteProvider,
  signers: (m) => [m.owner],
  handle() {
    // The node rejects provider deletion outright (x/provider/handler/server.go).
    throw new ChainError("provider", 10, "NOT IMPLEMENTED: internal error");
  },
};

const auditKey = (owner: string, auditor: string) => `${owner}/${auditor}`;

export const msgSignProviderAttributes: MsgHandler<MsgSignProviderAttributes> = {
  typeUrl: "/akash.audit.v1.MsgSignProviderAttributes",
  codec: MsgSignProviderAttributes,
  signers: (m) => [m.auditor],
  handle(ctx, m) {
    requireAddress(m.owner);
    requireAddress(m.auditor);
    validateAttributes(m.attributes);
    if (!ctx.state.providers.has(m.owner)) throw ProviderErr.notFound();
    const key = auditKey(m.owner, m.auditor);
    const prev = ctx.state.audits.get(key);
    const merged = new Map((prev?.attributes ?? []).map((a) => [a.key, a.value]));
    for (const a of m.attributes) merged.set(a.key, a.value);
    const attributes = [...merged.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => ({ key, value }));
    ctx.state.audits.set(
      key,
      AuditedProvider.fromPartial({ owner: m.owner, auditor: m.auditor, attributes }),
    );
    emitTyped(
      ctx,
      EventTrustedAuditorCreated,
      EventTrustedAuditorCreated.fromPartial({ owner: m.owner, auditor: m.auditor }),
    );
  },
};

export const msgDeleteProviderAttributes: MsgHandler<MsgDeleteProviderAttributes> = {
  typeUrl: "/akash.audit.v1.MsgDeleteProviderAttributes",
  codec: MsgDeleteProviderAttributes,
  signers: (m) => [m.auditor],
  handle(ctx, m) {
    const key = auditKey(m.owner, m.auditor);
    const prev = ctx.state.audits.get(key);
    if (!prev) throw new ChainError("audit", 1, "provider not found");
    const attributes = m.keys.length === 0 ? [] : prev.attributes.filter((a) => !m.keys.includes(a.key));
    if (attributes.length === 0) ctx.state.audits.delete(key);
    else ctx.state.audits.set(key, { ...prev, attributes });
    emitTyped(
      ctx,
      EventTrustedAuditorDeleted,
      EventTrustedAuditorDeleted.fromPartial({ owner: m.owner, auditor: m.auditor }),
    );
  },
};

const hasAll = (have: Attribute[], want: Attribute[]) =>
  want.every((w) => have.some((h) => h.key === w.key && h.value === w.value));

/** Order requirements: placement attributes on the provider, and signed_by auditors vouching for them. */
export function providerMatchesOrder(ctx: ExecContext, provider: Provider, order: Order): boolean {
  const req = order.spec?.requirements;
  if (!req) return true;
  if (!hasAll(provider.attributes, req.attributes)) return false;
  const signed = (auditor: string) => {
    const a = ctx.state.audits.get(auditKey(provider.owner, auditor));
    return a !== undefined && hasAll(a.attributes, req.attributes);
  };
  const by = req.signedBy;
  if (!by) return true;
  if (!by.allOf.every(signed)) return false;
  return by.anyOf.length === 0 || by.anyOf.some(signed);
}
