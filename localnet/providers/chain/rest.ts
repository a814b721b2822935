// The REST (gRPC-gateway) queries a provider makes, over plain fetch, with the mainnet JSON shapes
// validated at the boundary. This is the provider's only view of chain state.
import { z } from "zod";

export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    message: string,
  ) {
    super(`REST ${path}: HTTP ${status} ${message}`);
  }
}

const idSchema = z.object({ owner: z.string(), dseq: z.string(), gseq: z.number(), oseq: z.number() });
const bidIdSchema = idSchema.extend({ provider: z.string(), bseq: z.number().optional() });
const decCoin = z.object({ denom: z.string(), amount: z.string() });

// reclamation: the SDL's minimum window (AEP-82, node v2.1); null when the SDL asks for none.
const orderSchema = z.object({
  id: idSchema,
  state: z.string(),
  spec: z.unknown(),
  reclamation: z.object({ min_window: z.string() }).nullish(),
});
export type RestOrder = z.infer<typeof orderSchema>;

const bidSchema = z.object({ bid: z.object({ id: bidIdSchema, state: z.string(), price: decCoin }) });
const reclamationSchema = z.object({
  window: z.string(),
  started_at: z.string(),
  deadline: z.string(),
  reason: z.string(),
});
const leaseSchema = z.object({
  lease: z.object({
    id: bidIdSchema,
    state: z.string(),
    price: decCoin,
    reclamation: reclamationSchema.nullish(),
  }),
  escrow_payment: z
    .object({ state: z.object({ state: z.string().optional(), balance: decCoin.optional() }).optional() })
    .optional(),
});
export type RestLease = z.infer<typeof leaseSchema>;

const pagination = z.object({ next_key: z.string().nullish() }).nullish();
const attribute = z.object({ key: z.string(), value: z.string() });

const deploymentInfo = z.object({
  deployment: z.object({
    id: z.object({ owner: z.string(), dseq: z.string() }),
    state: z.string(),
    hash: z.string(),
  }),
  groups: z.array(
    z.object({ id: z.object({ gseq: z.number() }), state: z.string(), group_spec: z.unknown() }),
  ),
  escrow_account: z
    .object({
      state: z.object({
        state: z.string(),
        settled_at: z.string().optional(),
        funds: z.array(decCoin).optional(),
      }),
    })
    .optional(),
});
export type RestDeploymentInfo = z.infer<typeof deploymentInfo>;

export interface RestClient {
  get<T>(path: string, schema: z.ZodType<T>): Promise<T>;
  getOrNull<T>(path: string, schema: z.ZodType<T>): Promise<T | null>;
}

export function createRestClient(base: string, fetchImpl: typeof fetch = fetch): RestClient {
  const request = async <T>(path: string, schema: z.ZodType<T>, allow404: boolean): Promise<T | null> => {
    const res = await fetchImpl(base.replace(/\/$/, "") + path, { signal: AbortSignal.timeout(10_000) });
    if (allow404 && res.status === 404) return null;
    const text = await res.text();
    if (!res.ok) throw new RestError(res.status, path, text.slice(0, 300));
    return schema.parse(JSON.parse(text));
  };
  return {
    get: async <T>(path: string, schema: z.ZodType<T>): Promise<T> => {
      const value = await request(path, schema, false);
      if (value === null) throw new RestError(404, path, "not found");
      return value;
    },
    getOrNull: (path, schema) => request(path, schema, true),
  };
}

async function paginate<T>(
  rest: RestClient,
  path: string,
  pick: (page: unknown) => { items: T[]; next: string | null },
): Promise<T[]> {
  const out: T[] = [];
  let key: string | null = null;
  for (let i = 0; i < 50; i++) {
    const sep = path.includes("?") ? "&" : "?";
    const url: string =
      `${path}${sep}pagination.limit=200` + (key ? `&pagination.key=${encodeURIComponent(key)}` : "");
    const page = pick(await rest.get(url, z.unknown()));
    out.push(...page.items);
    if (!page.next) break;
    key = page.next;
  }
  return out;
}

export const queries = {
  openOrders: (rest: RestClient) =>
    paginate(rest, "/akash/market/v1beta5/orders/list?filters.state=open", (p) => {
      const page = z.object({ orders: z.array(orderSchema), pagination }).parse(p);
      return { items: page.orders, next: page.pagination?.next_key ?? null };
    }),
  order: async (rest: RestClient, id: { owner: string; dseq: string; gseq: number; oseq: number }) => {
    const q = `filters.owner=${id.owner}&filters.dseq=${id.dseq}&filters.gseq=${id.gseq}&filters.oseq=${id.oseq}`;
    const page = await rest.get(
      `/akash/market/v1beta5/orders/list?${q}`,
      z.object({ orders: z.array(orderSchema) }),
    );
    return page.orders[0] ?? null;
  },
  providerBids: (rest: RestClient, provider: string, state: string) =>
    paginate(
      rest,
      `/akash/market/v1beta5/bids/list?filters.provider=${provider}&filters.state=${state}`,
      (p) => {
        const page = z.object({ bids: z.array(bidSchema), pagination }).parse(p);
        return { items: page.bids.map((b) => b.bid), next: page.pagination?.next_key ?? null };
      },
    ),
  providerLeases: (rest: RestClient, provider: string, state: string, extra = "") =>
    paginate(
      rest,
      `/akash/market/v1beta5/leases/list?filters.provider=${provider}&filters.state=${state}${extra}`,
      (p) => {
        const page = z.object({ leases: z.array(leaseSchema), pagination }).parse(p);
        return { items: page.leases, next: page.pagination?.next_key ?? null };
      },
    ),
  /** The leases a deployment pays for: active ones and those being reclaimed. */
  deploymentLeases: async (rest: RestClient, owner: string, dseq: string) =>
    (
      await paginate(
        rest,
        `/akash/market/v1beta5/leases/list?filters.owner=${owner}&filters.dseq=${dseq}`,
        (p) => {
          const page = z.object({ leases: z.array(leaseSchema), pagination }).parse(p);
          return { items: page.leases, next: page.pagination?.next_key ?? null };
        },
      )
    ).filter((l) => l.lease.state === "active" || l.lease.state === "reclaiming"),
  deployment: (rest: RestClient, owner: string, dseq: string) =>
    rest.getOrNull(
      `/akash/deployment/v1beta4/deployments/info?id.owner=${owner}&id.dseq=${dseq}`,
      deploymentInfo,
    ),
  provider: (rest: RestClient, owner: string) =>
    rest.getOrNull(
      `/akash/provider/v1beta4/providers/${owner}`,
      z.object({
        provider: z.object({
          owner: z.string(),
          host_uri: z.string(),
          attributes: z.array(attribute).nullish(),
        }),
      }),
    ),
  auditedAttributes: async (
    rest: RestClient,
    owner: string,
  ): Promise<Map<string, { key: string; value: string }[]>> => {
    const res = await rest.getOrNull(
      `/akash/audit/v1/audit/attributes/${owner}/list`,
      z.object({
        providers: z
          .array(z.object({ auditor: z.string(), attributes: z.array(attribute).nullish() }))
          .nullish(),
      }),
    );
    return new Map((res?.providers ?? []).map((p) => [p.auditor, p.attributes ?? []]));
  },
  certificates: async (rest: RestClient, owner: string, serial?: string) => {
    const q = `filter.owner=${owner}&filter.state=valid` + (serial ? `&filter.serial=${serial}` : "");
    const res = await rest.get(
      `/akash/cert/v1/certificates/list?${q}`,
      z.object({
        certificates: z.array(z.object({ certificate: z.object({ cert: z.string() }), serial: z.string() })),
      }),
    );
    // REST shows the PEM bytes base64-encoded.
    return res.certificates.map((c) => ({
      serial: c.serial,
      pem: Buffer.from(c.certificate.cert, "base64").toString("utf8"),
    }));
  },
  accountPubKey: async (rest: RestClient, address: string): Promise<Uint8Array | null> => {
    const res = await rest.getOrNull(
      `/cosmos/auth/v1beta1/accounts/${address}`,
      z.object({
        account: z.object({ pub_key: z.object({ "@type": z.string(), key: z.string() }).nullish() }),
      }),
    );
    const key = res?.account.pub_key;
    if (!key || !key["@type"].endsWith("secp256k1.PubKey")) return null;
    return Uint8Array.from(Buffer.from(key.key, "base64"));
  },
  latestHeight: async (rest: RestClient): Promise<number> => (await queries.latestBlock(rest)).height,
  latestBlock: async (rest: RestClient): Promise<{ height: number; time: Date }> => {
    const res = await rest.get(
      "/cosmos/base/tendermint/v1beta1/blocks/latest",
      z.object({ block: z.object({ header: z.object({ height: z.string(), time: z.string() }) }) }),
    );
    return { height: Number(res.block.header.height), time: new Date(res.block.header.time) };
  },
};
