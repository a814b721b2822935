// Provider v1beta4 and audit v1 JSON shapes of the REST gateway, validated at the boundary.
import * as z from "zod/mini";
import { attribute, list, pageResponse, str } from "@/lib/chain-json";

export const provider = z.object({
  owner: z.string(),
  host_uri: str,
  attributes: list(attribute),
  info: z.nullish(z.object({ email: str, website: str })),
});
export type RawProvider = z.output<typeof provider>;

export const providersPage = z.object({ providers: list(provider), pagination: pageResponse });
export const providerResponse = z.object({ provider });

export const auditedProvider = z.object({
  owner: z.string(),
  auditor: z.string(),
  attributes: list(attribute),
});
export type RawAuditedProvider = z.output<typeof auditedProvider>;

export const auditsPage = z.object({ providers: list(auditedProvider), pagination: pageResponse });
