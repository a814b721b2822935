// What an update restarts, from the two manifests (the one the provider runs and the new one):
// a provider applies a new manifest in place and rolls out every service whose manifest entry
// changed (new containers, on the same URIs); a service whose entry is identical keeps running.
// Shown before signing, and after it to say what to watch.

export interface ServiceRestart {
  service: string;
  /** the image before and after, when the image is what changed */
  image: { before: string; after: string } | null;
}

interface ManifestService {
  name?: unknown;
  image?: unknown;
}

function servicesOf(manifestJson: string): Map<string, ManifestService> | null {
  try {
    const groups: unknown = JSON.parse(manifestJson);
    if (!Array.isArray(groups)) return null;
    const out = new Map<string, ManifestService>();
    for (const g of groups) {
      const services = (g as { name?: unknown; services?: unknown }).services;
      if (!Array.isArray(services)) continue;
      for (const s of services as ManifestService[])
        if (typeof s?.name === "string") out.set(`${String((g as { name?: unknown }).name)}/${s.name}`, s);
    }
    return out;
  } catch {
    return null;
  }
}

/** The services whose manifest entry differs, in manifest order; null when a manifest is unreadable. */
export function updateRestarts(deployedManifest: string, nextManifest: string): ServiceRestart[] | null {
  const before = servicesOf(deployedManifest);
  const after = servicesOf(nextManifest);
  if (!before || !after) return null;
  const restarts: ServiceRestart[] = [];
  for (const [key, next] of after) {
    const old = before.get(key);
    if (old && JSON.stringify(old) === JSON.stringify(next)) continue;
    const image =
      old && typeof old.image === "string" && typeof next.image === "string" && old.image !== next.image
        ? { before: old.image, after: next.image }
        : null;
    restarts.push({ service: String(next.name), image });
  }
  return restarts;
}

/** One sentence per restarted service, for the editor and the outcome. */
export function describeRestart(r: ServiceRestart): string {
  return r.image ? `${r.service}: ${r.image.before} → ${r.image.after}` : `${r.service}: new settings`;
}
