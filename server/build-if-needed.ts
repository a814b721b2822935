// Decides whether the built app in distDir is older than its sources, and builds it with Vite
// when it is, so `npm start` on a fresh clone just works and a second start is instant.
import { spawn } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";

const SOURCE_ROOTS = ["src", "public", "index.html", "vite.config.ts", "package-lock.json"];

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) {
    if (entry === "node_modules") continue;
    newest = Math.max(newest, await newestMtime(join(path, entry)));
  }
  return newest;
}

export async function isBuildStale(root: string, distDir: string): Promise<boolean> {
  const built = await stat(join(distDir, "index.html")).catch(() => null);
  if (!built) return true;
  let newestSource = 0;
  for (const source of SOURCE_ROOTS)
    newestSource = Math.max(newestSource, await newestMtime(join(root, source)));
  return newestSource > built.mtimeMs;
}

export function runViteBuild(root: string, distDir: string): Promise<void> {
  const viteBin = join(
    dirname(createRequire(join(root, "package.json")).resolve("vite/package.json")),
    "bin",
    "vite.js",
  );
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [viteBin, "build", "--logLevel", "warn"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, CONSOLE_DIST_DIR: distDir },
    });
    child.on("error", fail);
    child.on("exit", (code) =>
      code === 0 ? done() : fail(new Error(`vite build exited with code ${code}`)),
    );
  });
}
