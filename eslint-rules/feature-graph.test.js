// FEATURE_GRAPH in eslint.config.js is the truth about which feature uses which: lint forbids any
// import outside it, and this test forbids an edge no code uses (a door left open invites the
// next import nobody decided on). Tests count too: they may only use what their feature may.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FEATURE_GRAPH } from "../eslint.config.js";

const FEATURES = join(import.meta.dirname, "..", "src", "features");

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

function importedFeatures(feature) {
  const used = new Set();
  for (const file of filesUnder(join(FEATURES, feature))) {
    for (const [, other] of readFileSync(file, "utf8").matchAll(/(?:from |import\()"@\/features\/([a-z-]+)/g))
      if (other !== feature) used.add(other);
  }
  return [...used].sort();
}

describe("FEATURE_GRAPH", () => {
  it("lists every feature folder", () => {
    const folders = readdirSync(FEATURES, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(Object.keys(FEATURE_GRAPH).sort()).toEqual(folders);
  });

  it.each(Object.keys(FEATURE_GRAPH))("%s allows exactly the features it imports", (feature) => {
    expect([...FEATURE_GRAPH[feature]].sort()).toEqual(importedFeatures(feature));
  });
});
