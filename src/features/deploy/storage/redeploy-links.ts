// Which deployment a "redeploy elsewhere" replaces, per network and owner: new dseq → the old
// dseq and the provider reclaiming it. Kept so the flow survives a reload: the new deployment's
// page hides that provider's bids and offers to close the old deployment once the new lease is
// ready; the old one's page links to its replacement. Nothing secret: dseqs and an address.
import { useCallback } from "react";
import * as z from "zod/mini";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { persistedFamily, usePersisted } from "@/lib/persisted-store";

const redeployLink = z.object({
  /** the deployment being replaced */
  from: z.string(),
  /** the provider reclaiming it: its bids are hidden on the new deployment */
  provider: z.string(),
  createdAt: z.string(),
  /** set once the old deployment was closed from this flow */
  oldClosedAt: z.optional(z.string()),
});
export type RedeployLink = z.infer<typeof redeployLink>;
export type RedeployLinks = Readonly<Record<string, RedeployLink>>;

export const redeployLinks = persistedFamily<RedeployLinks, [string, string]>({
  key: STORAGE_KEYS.redeployLinks,
  version: 1,
  schema: z.record(z.string(), redeployLink),
  fallback: Object.freeze({}),
});

/** false when storage refused it */
export function saveRedeployLink(
  networkId: string,
  owner: string,
  dseq: string,
  link: RedeployLink,
): boolean {
  const store = redeployLinks(networkId, owner);
  return store.set({ ...store.get(), [dseq]: link }) === null;
}

export function markOldClosed(networkId: string, owner: string, dseq: string): void {
  const store = redeployLinks(networkId, owner);
  const link = store.get()[dseq];
  if (link) store.set({ ...store.get(), [dseq]: { ...link, oldClosedAt: new Date().toISOString() } });
}

/** The deployment that replaces `oldDseq`, if a redeploy from it was started in this browser. */
export function replacementOf(links: RedeployLinks, oldDseq: string): string | null {
  return Object.entries(links).find(([, l]) => l.from === oldDseq)?.[0] ?? null;
}

export function useRedeployLinks(networkId: string, owner: string) {
  const links = usePersisted(redeployLinks(networkId, owner));
  const linkOf = useCallback((dseq: string): RedeployLink | null => links[dseq] ?? null, [links]);
  return { links, linkOf };
}
