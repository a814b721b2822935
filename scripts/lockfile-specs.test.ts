// `npm ci` re-checks every dependency edge of the lockfile against the registry when its spec is a
// dist-tag ("latest", "next"): the tag moves with every publish, so a lock that installed yesterday
// fails with ERESOLVE today (issue #12: a peer "@types/react": "latest"). Every such edge must be
// pinned by an override in package.json. See docs/decisions/install-pinning.md.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const read = (file: string): unknown => JSON.parse(readFileSync(join(root, file), "utf8"));

interface LockEntry {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
interface Manifest {
  overrides?: Record<string, string | Record<string, string>>;
}

// A spec is a dist-tag when it is a bare word that is not a version range ("latest", "next",
// "beta"). Ranges, aliases (npm:), URLs, paths and git specs are fixed by the lockfile.
function isDistTag(spec: string): boolean {
  return /^[a-z][a-z0-9._-]*$/i.test(spec) && !/^v?\d/.test(spec) && spec !== "x" && spec !== "X";
}

function overriddenFor(manifest: Manifest, parent: string, dep: string): boolean {
  const overrides = manifest.overrides ?? {};
  if (typeof overrides[dep] === "string") return true;
  const scoped = overrides[parent];
  return typeof scoped === "object" && typeof scoped[dep] === "string";
}

function unpinnedTagEdges(lock: { packages: Record<string, LockEntry> }, manifest: Manifest): string[] {
  const found: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    const parent = path.replace(/^.*node_modules\//, "");
    for (const field of ["dependencies", "peerDependencies", "optionalDependencies"] as const) {
      for (const [dep, spec] of Object.entries(entry[field] ?? {})) {
        if (isDistTag(spec) && !overriddenFor(manifest, parent, dep))
          found.push(`${parent} → ${dep}@"${spec}"`);
      }
    }
  }
  return found;
}

describe("lockfile dependency specs", () => {
  it("tells dist-tags from ranges", () => {
    expect(["latest", "next", "beta"].every(isDistTag)).toBe(true);
    expect(["^1.2.3", "1.x", "*", "x", ">=2 <3", "npm:foo@1", "file:../x", "19.3.0"].some(isDistTag)).toBe(
      false,
    );
  });

  it("finds an unpinned dist-tag edge, and accepts one pinned by an override", () => {
    const lock = { packages: { "node_modules/a": { peerDependencies: { "@types/react": "latest" } } } };
    expect(unpinnedTagEdges(lock, {})).toEqual(['a → @types/react@"latest"']);
    expect(unpinnedTagEdges(lock, { overrides: { a: { "@types/react": "$@types/react" } } })).toEqual([]);
  });

  it("package-lock.json has no dist-tag edge that package.json leaves unpinned", () => {
    const lock = read("package-lock.json") as { packages: Record<string, LockEntry> };
    expect(unpinnedTagEdges(lock, read("package.json") as Manifest)).toEqual([]);
  });
});
