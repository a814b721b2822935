// A Cosmos REST (gRPC-gateway) client over an endpoint pool: dotted query params, failover,
// typed errors. Knows the gateway's conventions, not any module's routes.
import { EndpointPool } from "./endpoint-pool";
import { fetchJson, HttpError } from "./http";

export type QueryParams = Record<string, string | number | boolean | undefined | null>;

export function toQueryString(params: QueryParams | undefined): string {
  if (!params) return "";
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export interface RestClient {
  readonly pool: EndpointPool;
  get<T>(path: string, opts?: { params?: QueryParams; signal?: AbortSignal; timeoutMs?: number }): Promise<T>;
}

export function createRestClient(urls: readonly string[], fetchImpl?: typeof fetch): RestClient {
  const pool = new EndpointPool(urls, {
    isEndpointFailure: (err) => err instanceof HttpError && err.isEndpointFailure,
  });
  return {
    pool,
    get<T>(path: string, opts: { params?: QueryParams; signal?: AbortSignal; timeoutMs?: number } = {}) {
      return pool.run((base) =>
        fetchJson<T>(`${base.replace(/\/+$/, "")}${path}${toQueryString(opts.params)}`, {
          signal: opts.signal,
          timeoutMs: opts.timeoutMs,
          fetchImpl,
        }),
      );
    },
  };
}
