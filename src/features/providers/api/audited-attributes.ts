// GET /akash/audit/v1/audit/attributes/list: every auditor's signed attributes for every
// provider, in one request (paged only past 1000 entries).
import { queryOptions } from "@tanstack/react-query";
import { parseChainJson } from "@/lib/chain-json";
import type { RestClient } from "@/lib/rest-client";
import { providerKeys } from "../query-keys";
import { auditsPage, type RawAuditedProvider } from "./chain-schemas";

const PAGE_SIZE = 1000;
const MAX_PAGES = 20;

export async function fetchAuditedAttributes(
  rest: RestClient,
  signal?: AbortSignal,
): Promise<RawAuditedProvider[]> {
  const audits: RawAuditedProvider[] = [];
  let key: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body: unknown = await rest.get<unknown>("/akash/audit/v1/audit/attributes/list", {
      signal,
      params: { "pagination.limit": PAGE_SIZE, "pagination.key": key },
    });
    const parsed = parseChainJson(auditsPage, body, "the audited attributes");
    audits.push(...parsed.providers);
    key = parsed.pagination.nextKey;
    if (!key) return audits;
  }
  throw new Error(`More than ${PAGE_SIZE * MAX_PAGES} audit entries: the list was cut short.`);
}

export function auditedAttributesQuery(networkId: string, rest: RestClient) {
  return queryOptions({
    queryKey: providerKeys.audits(networkId),
    queryFn: ({ signal }) => fetchAuditedAttributes(rest, signal),
    staleTime: 5 * 60_000,
  });
}
