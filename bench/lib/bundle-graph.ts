// Reads Vite's build manifest and computes what the browser loads first: a chunk plus its static
// imports, transitively (dynamic imports are excluded — they load later, on demand).

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export function staticClosure(manifest: Manifest, startKeys: string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Chunk ${key} is not in the manifest.`);
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  startKeys.forEach(visit);
  return files;
}

export function entryKey(manifest: Manifest): string {
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
  if (!entry) throw new Error("The manifest has no entry chunk.");
  return entry[0];
}
