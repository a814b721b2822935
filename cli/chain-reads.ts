// The chain reads the CLI needs, over the app's REST client (endpoint pool, timeouts, errors in
// words): the latest height, a deployment's bids and leases, a provider's host and audits. The
// raw JSON is read with the app's bid id schema; the rest is small enough to read here.
import type { RestClient } from "../src/lib/rest-client";
import type { BidId } from "../src/lib/chain-json";

export interface Bid extends BidId {
  state: string;
  price: { denom: string; amount: string };
}

export interface Lease extends BidId {
  state: string;
  price: { denom: string; amount: string };
}

type RawId = { owner: string; dseq: string; gseq: number; oseq: number; provider: string; bseq: number };
const idOf = (id: RawId): BidId => ({
  owner: id.owner,
  dseq: String(id.dseq),
  gseq: Number(id.gseq),
  oseq: Number(id.oseq),
  provider: id.provider,
  bseq: Number(id.bseq ?? 0),
});

export async function latestHeight(rest: RestClient): Promise<number> {
  const body = await rest.get<{ block?: { header?: { height?: string } } }>(
    "/cosmos/base/tendermint/v1beta1/blocks/latest",
  );
  return Number(body.block?.header?.height ?? 0);
}

export async function fetchBids(rest: RestClient, owner: string, dseq: string): Promise<Bid[]> {
  const body = await rest.get<{ bids?: { bid: { id: RawId; state: string; price: Bid["price"] } }[] }>(
    "/akash/market/v1beta5/bids/list",
    { params: { "filters.owner": owner, "filters.dseq": dseq, "pagination.limit": 1000 } },
  );
  return (body.bids ?? []).map(({ bid }) => ({ ...idOf(bid.id), state: bid.state, price: bid.price }));
}

export async function fetchLeases(
  rest: RestClient,
  owner: string,
  filter: { dseq?: string; state?: string } = {},
): Promise<Lease[]> {
  const body = await rest.get<{ leases?: { lease: { id: RawId; state: string; price: Lease["price"] } }[] }>(
    "/akash/market/v1beta5/leases/list",
    {
      params: {
        "filters.owner": owner,
        "filters.dseq": filter.dseq,
        "filters.state": filter.state,
        "pagination.limit": 1000,
      },
    },
  );
  return (body.leases ?? []).map(({ lease }) => ({
    ...idOf(lease.id),
    state: lease.state,
    price: lease.price,
  }));
}

export interface ProviderInfo {
  address: string;
  hostUri: string;
  attributes: { key: string; value: string }[];
  audited: boolean;
}

export async function fetchProvider(rest: RestClient, address: string): Promise<ProviderInfo> {
  const [provider, audits] = await Promise.all([
    rest.get<{ provider?: { host_uri?: string; attributes?: { key: string; value: string }[] } }>(
      `/akash/provider/v1beta4/providers/${address}`,
    ),
    rest
      .get<{ providers?: unknown[] }>(`/akash/audit/v1/audit/attributes/${address}/list`)
      .catch(() => ({ providers: [] })),
  ]);
  return {
    address,
    hostUri: provider.provider?.host_uri ?? "",
    attributes: provider.provider?.attributes ?? [],
    audited: (audits.providers ?? []).length > 0,
  };
}

export async function deploymentState(rest: RestClient, owner: string, dseq: string): Promise<string | null> {
  try {
    const body = await rest.get<{ deployment?: { state?: string } }>(
      "/akash/deployment/v1beta4/deployments/info",
      {
        params: { "id.owner": owner, "id.dseq": dseq },
      },
    );
    return body.deployment?.state ?? null;
  } catch {
    return null;
  }
}
