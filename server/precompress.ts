// Compresses the built app once, at build time: a brotli (.br) and a gzip (.gz) file beside
// every text file worth it, so the server sends compressed bytes without compressing per
// request (static-files.ts picks the variant by Accept-Encoding). Run by the Vite build
// (vite.config.ts); a variant that would not be smaller is not written.
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text formats; images, fonts and archives are compressed already. */
export const COMPRESSIBLE = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".svg",
  ".wasm",
  ".txt",
  ".yaml",
  ".webmanifest",
  ".map",
]);
/** Below this, headers cost more than compression saves. */
export const MIN_BYTES = 1024;
// Quality 10, not 11: within 2% of the smallest output at a third of the CPU (≈9 s vs 27 s for
// the whole app on one core), and every e2e run builds the app.
const BROTLI_QUALITY = 10;

export interface PrecompressResult {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    // Dot folders (Vite's .vite/manifest.json) are build metadata, not served content.
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else if (entry.isFile() && COMPRESSIBLE.has(extname(entry.name))) out.push(path);
  }
  return out;
}

async function compressOne(file: string, total: PrecompressResult): Promise<void> {
  const info = await stat(file);
  if (info.size < MIN_BYTES) return;
  const raw = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(raw, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      },
    }),
    gzip(raw, { level: 9 }),
  ]);
  total.files += 1;
  total.bytes += raw.length;
  if (br.length < raw.length) {
    await writeFile(`${file}.br`, br);
    total.brotliBytes += br.length;
  }
  if (gz.length < raw.length) {
    await writeFile(`${file}.gz`, gz);
    total.gzipBytes += gz.length;
  }
}

export async function precompressDir(dir: string, concurrency = 4): Promise<PrecompressResult> {
  const queue = await listFiles(dir);
  const total: PrecompressResult = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) await compressOne(file, total);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return total;
}
