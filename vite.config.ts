/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildRuntimeConfig, type LocalnetInfo } from "./server/runtime-config.ts";
import { LOCAL_WALLET_PATH, localWalletRefusal } from "./server/local-wallet.ts";
import { precompressDir } from "./server/precompress.ts";
import { BASE_PATH_VARIABLE, parseBasePath } from "./server/base-path.ts";
import { copyFile } from "node:fs/promises";

// src/features/<name>/index.ts: the public face of a feature, re-exports only (docs/ARCHITECTURE.md).
const FEATURE_BARREL = /[\\/]src[\\/]features[\\/][^\\/]+[\\/]index\.ts$/;

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Third-party stylesheets sometimes pull fonts from CDNs; the console makes no third-party
// request at all (CSP forbids it and e2e aborts it), so any remote @font-face is stripped.
function stripRemoteFonts(): Plugin {
  return {
    name: "strip-remote-fonts",
    enforce: "pre",
    transform(code, id) {
      if (!id.endsWith(".css") || !code.includes("@font-face")) return null;
      return code.replace(/@font-face\s*{[^}]*url\(\s*["']?https?:[^}]*}/g, "");
    },
  };
}

// `npm run dev` has no console server: serve /config.json (and the local key) from the local
// network started with `npm run localnet`, exactly as server/app.ts does in production.
function devRuntimeConfig(): Plugin {
  const readLocalnet = (): LocalnetInfo | null => {
    try {
      return JSON.parse(readFileSync(here("./.localnet/localnet.json"), "utf8")) as LocalnetInfo;
    } catch {
      return null;
    }
  };
  return {
    name: "dev-runtime-config",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const localnet = readLocalnet();
        if (req.url === "/config.json") {
          res.setHeader("Content-Type", "application/json");
          res.end(JSON.stringify(buildRuntimeConfig({ localnet })));
          return;
        }
        if (req.url === LOCAL_WALLET_PATH) {
          const tenant = localnet?.accounts.find((a) => a.name === "tenant");
          // The same rule as the console server: same-origin GETs from this machine only.
          const refusal = tenant ? localWalletRefusal(req) : null;
          res.statusCode = refusal?.status ?? (tenant ? 200 : 404);
          res.setHeader("Content-Type", "application/json");
          res.end(JSON.stringify(refusal ?? tenant ?? { message: "No local network is running." }));
          return;
        }
        next();
      });
    },
  };
}

// Brotli and gzip files beside the built ones, so the server sends compressed bytes with no
// per-request work (server/precompress.ts, served by server/static-files.ts); and 404.html.
function precompress(): Plugin {
  let outDir = "";
  return {
    name: "precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      // Static hosts (GitHub Pages, Cloudflare Pages, S3 and CloudFront error documents, Netlify)
      // answer an unknown path with 404.html: as a copy of index.html it boots the app, whose
      // router then shows the deep link's page (asset URLs carry the base path, so they resolve
      // from any depth). Copied first, so it is precompressed too.
      await copyFile(resolve(outDir, "index.html"), resolve(outDir, "404.html"));
      await precompressDir(outDir);
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), stripRemoteFonts(), devRuntimeConfig(), precompress()],
  base: parseBasePath(process.env[BASE_PATH_VARIABLE]),
  resolve: {
    alias: [
      { find: /^@keplr-wallet\/cosmos$/, replacement: here("./src/shims/keplr-wallet-cosmos.ts") },
      { find: /^@\//, replacement: here("./src/") },
    ],
  },
  optimizeDeps: { include: ["monaco-yaml/yaml.worker.js"] },
  build: {
    target: "es2022",
    // The manifest lets bench/initial-bundle.ts compute what the browser loads first.
    manifest: true,
    chunkSizeWarningLimit: 4096,
    outDir: process.env.CONSOLE_DIST_DIR ?? "dist",
    emptyOutDir: true,
    rolldownOptions: {
      // A feature's index.ts only re-exports. Declared free of side effects, with lazy barrels on,
      // a route that imports one name from a feature gets that name's modules, not every page the
      // barrel lists (the deployments list used to ship the detail page, the providers page and
      // the bids panel). Measured in docs/performance.md.
      treeshake: { moduleSideEffects: (id: string) => !FEATURE_BARREL.test(id) },
      experimental: { lazyBarrel: true },
    },
  },
  worker: { format: "es" },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "web",
          environment: "jsdom",
          include: ["src/**/*.test.{ts,tsx}"],
          setupFiles: ["src/test/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: [
            "server/**/*.test.ts",
            "cli/**/*.test.ts",
            "localnet/**/*.test.ts",
            "scripts/**/*.test.ts",
            "eslint-rules/**/*.test.{js,ts}",
            "bench/**/*.test.ts",
          ],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
