// initial-bundle: builds the app and reports the gzip size (KiB) of the JavaScript the browser
// loads first on the deployments route: the entry, the deployments route chunk, and their
// static imports. Target 200 KiB. Wallet stack, Monaco and chain-sdk must stay out of it.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { runViteBuild } from "../server/build-if-needed";
import { entryKey, staticClosure, type Manifest } from "./lib/bundle-graph";
import type { BenchResult } from "./lib/types";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const ROUTE = "src/app/routes/deployments.tsx";

export default async function run(): Promise<BenchResult[]> {
  const dist = await mkdtemp(join(tmpdir(), "bench-bundle-"));
  try {
    await runViteBuild(root, dist);
    const manifest = JSON.parse(await readFile(join(dist, ".vite/manifest.json"), "utf8")) as Manifest;
    if (!manifest[ROUTE]) throw new Error(`${ROUTE} is not a chunk in the manifest.`);
    const files = [...staticClosure(manifest, [entryKey(manifest), ROUTE])].filter((f) => f.endsWith(".js"));
    let gzipBytes = 0;
    let rawBytes = 0;
    for (const file of files) {
      const content = await readFile(join(dist, file));
      rawBytes += content.length;
      gzipBytes += gzipSync(content, { level: 9 }).length;
    }
    return [
      {
        bench: "initial-bundle",
        value: Math.round((gzipBytes / 1024) * 10) / 10,
        unit: "KiB gzip",
        target: 200,
        rawKiB: Math.round(rawBytes / 1024),
        chunks: files.length,
      },
    ];
  } finally {
    await rm(dist, { recursive: true, force: true });
  }
}
