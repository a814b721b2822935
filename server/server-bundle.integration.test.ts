// The container runs the server from a production install (`npm ci --omit=dev`: no tsx, no
// TypeScript): `npm run build:server` must give one JavaScript file that imports nothing but
// Node built-ins and declared production dependencies, and that file must start and answer.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "vite";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
let dir = "";
let bundle = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "console-server-bundle-"));
  await build({
    configFile: join(root, "vite.server.config.ts"),
    root,
    logLevel: "silent",
    build: { outDir: dir },
  });
  bundle = join(dir, "serve.mjs");
  // As in the container: node_modules beside the bundle's folder (here the repo's own).
  await symlink(join(root, "node_modules"), join(dir, "node_modules"), "dir");
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the server bundle", () => {
  it("imports only Node built-ins and production dependencies", async () => {
    const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    const code = await readFile(bundle, "utf8");
    const specifiers = [...code.matchAll(/(?:^|\n)import[^"']*["']([^"']+)["']/g)].map((m) => m[1]!);
    const packages = specifiers
      .filter((s) => !s.startsWith("node:"))
      .map((s) => (s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : s.split("/")[0]!));
    expect(packages.length).toBeGreaterThan(0);
    for (const name of packages) expect(pkg.dependencies, name).toHaveProperty([name]);
    expect(code).not.toMatch(/from ["'](tsx|typescript|vite|vitest)["']/);
  });

  it("starts with plain node as a proxy-only instance and answers /healthz and /config.json", async () => {
    const child = spawn(process.execPath, [bundle], {
      cwd: dir,
      env: { PATH: process.env.PATH, PORT: "0", CONSOLE_DIST_DIR: "", CONSOLE_LOG_LEVEL: "info" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    try {
      const url = await new Promise<string>((done, fail) => {
        const lines: string[] = [];
        child.once("exit", (code) => fail(new Error(`exited with ${code}:\n${lines.join("\n")}`)));
        createInterface({ input: child.stderr! }).on("line", (line) => {
          lines.push(line);
          if (!line.startsWith("{")) return;
          const entry = JSON.parse(line) as { event?: string; url?: string };
          if (entry.event === "server.listening" && entry.url) done(entry.url);
        });
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      const config = (await (await fetch(`${url}/config.json`)).json()) as { providerProxy: string };
      expect(config.providerProxy).toBe("/provider-proxy");
    } finally {
      child.kill("SIGTERM");
    }
  });
});
