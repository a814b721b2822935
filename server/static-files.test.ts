// Compressed delivery and caching, against the real server on a directory precompressed the way
// the build does it: what a browser, a CDN or a plain client receives for each Accept-Encoding.
import { request } from "node:http";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createConsoleServer } from "./app";
import { precompressDir } from "./precompress";
import { buildRuntimeConfig } from "./runtime-config";
import { acceptedEncodings, IMMUTABLE, isHashedAsset } from "./static-files";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

// Repetitive like real JS, so it compresses; large enough to be worth it.
const SCRIPT = Array.from(
  { length: 400 },
  (_, i) => `export const value${i} = "${"x".repeat(i % 17)}";`,
).join("\n");
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/index-AbC_12-z.js"></script></head><body>${"<!-- pad -->".repeat(200)}</body></html>`;

async function setup() {
  const dist = await mkdtemp(join(tmpdir(), "console-static-"));
  closers.push(() => rm(dist, { recursive: true, force: true }));
  await mkdir(join(dist, "assets"));
  await writeFile(join(dist, "index.html"), INDEX);
  await writeFile(join(dist, "assets", "index-AbC_12-z.js"), SCRIPT);
  await writeFile(join(dist, "assets", "tiny-Zz9_yY8x.js"), "export {};");
  await writeFile(join(dist, "assets", "logo-Qq1_Ww2e.png"), Buffer.alloc(4096, 7));
  await writeFile(join(dist, "theme-init.js"), SCRIPT);
  const result = await precompressDir(dist);
  const app = createConsoleServer({
    distDir: dist,
    runtimeConfig: buildRuntimeConfig({ localnet: null }),
    localWallet: null,
  });
  const base = await app.listen(0);
  closers.push(() => app.close());
  const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
      (done, fail) => {
        const req = request(`${base}${path}`, { method, headers, agent: false }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        });
        req.on("error", fail);
        req.end();
      },
    );
  return { dist, result, get };
}

describe("build-time compression", () => {
  it("writes .br and .gz beside text files worth it, and nothing beside the rest", async () => {
    const { dist, result } = await setup();
    const assets = (await readdir(join(dist, "assets"))).sort();
    expect(assets).toEqual([
      "index-AbC_12-z.js",
      "index-AbC_12-z.js.br",
      "index-AbC_12-z.js.gz",
      "logo-Qq1_Ww2e.png", // already compressed formats are left alone
      "tiny-Zz9_yY8x.js", // under 1 KiB: not worth it
    ]);
    expect(result.files).toBe(3);
    expect(result.brotliBytes).toBeLessThan(result.gzipBytes);
    expect(result.gzipBytes).toBeLessThan(result.bytes / 4);
  });
});

describe("serving by Accept-Encoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["gzip;q=0.5, br;q=0.1", "br"], // both acceptable: the smaller one
    ["*", "br"],
    ["identity", undefined],
    ["", undefined],
    ["br;q=0, gzip;q=0", undefined],
  ])("Accept-Encoding %j gets %s", async (accept, encoding) => {
    const { get } = await setup();
    const res = await get("/assets/index-AbC_12-z.js", accept ? { "accept-encoding": accept } : {});
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe(encoding);
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(res.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    const text =
      encoding === "br"
        ? brotliDecompressSync(res.body)
        : encoding === "gzip"
          ? gunzipSync(res.body)
          : res.body;
    expect(text.toString()).toBe(SCRIPT);
  });

  it("compresses index.html and client routes too", async () => {
    const { get } = await setup();
    const res = await get("/deployments/123", { "accept-encoding": "br" });
    expect(res.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(res.body).toString()).toBe(INDEX);
  });

  it("answers HEAD with the variant's length and no body", async () => {
    const { get } = await setup();
    const res = await get("/assets/index-AbC_12-z.js", { "accept-encoding": "gzip" }, "HEAD");
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(Number(res.headers["content-length"])).toBeLessThan(SCRIPT.length / 4);
    expect(res.body.length).toBe(0);
  });
});

describe("caching", () => {
  it("marks content-hashed assets immutable for a year", async () => {
    const { get } = await setup();
    expect((await get("/assets/index-AbC_12-z.js")).headers["cache-control"]).toBe(IMMUTABLE);
    expect((await get("/assets/logo-Qq1_Ww2e.png")).headers["cache-control"]).toBe(IMMUTABLE);
  });

  it("revalidates index.html, client routes and unhashed files, with 304 while unchanged", async () => {
    const { get } = await setup();
    for (const path of ["/", "/deployments", "/theme-init.js"]) {
      const first = await get(path, { "accept-encoding": "br" });
      expect(first.headers["cache-control"]).toBe("no-cache");
      const etag = String(first.headers.etag);
      const again = await get(path, { "accept-encoding": "br", "if-none-match": etag });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      // Another encoding is another representation: not a match.
      expect((await get(path, { "accept-encoding": "gzip", "if-none-match": etag })).status).toBe(200);
    }
  });

  it("revalidates /config.json by ETag", async () => {
    const { get } = await setup();
    const first = await get("/config.json");
    expect(first.headers["cache-control"]).toBe("no-cache");
    expect(JSON.parse(first.body.toString())).toMatchObject({ providerProxy: "/provider-proxy" });
    const again = await get("/config.json", { "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
  });

  it("never caches a missing file", async () => {
    const { get } = await setup();
    const res = await get("/assets/gone-12345678.js");
    expect(res.status).toBe(404);
    expect(res.headers["cache-control"]).toBe("no-store");
  });
});

describe("helpers", () => {
  it("tells hashed asset names from others", () => {
    expect(isHashedAsset("/assets/editor.api-BnVZJqEb.js")).toBe(true);
    expect(isHashedAsset("/assets/yaml.worker-ER6NXyYa.js")).toBe(true);
    expect(isHashedAsset("/theme-init.js")).toBe(false);
    expect(isHashedAsset("/assets/readme.txt")).toBe(false);
  });

  it("reads q-values in Accept-Encoding", () => {
    expect(acceptedEncodings(["gzip", "br"])).toEqual(["br", "gzip"]);
    expect(acceptedEncodings("GZIP;Q=1, *;q=0")).toEqual(["gzip"]);
    expect(acceptedEncodings("br;q=abc")).toEqual([]);
  });
});
