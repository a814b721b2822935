import { describe, expect, it } from "vitest";
import { entryKey, staticClosure, type Manifest } from "./bundle-graph";

const manifest: Manifest = {
  "index.html": {
    file: "assets/index.js",
    isEntry: true,
    imports: ["_shared.js"],
    dynamicImports: ["src/routes/a.tsx"],
  },
  "_shared.js": { file: "assets/shared.js", imports: ["_react.js"] },
  "_react.js": { file: "assets/react.js" },
  "src/routes/a.tsx": {
    file: "assets/a.js",
    imports: ["_shared.js", "_ui.js"],
    dynamicImports: ["_monaco.js"],
  },
  "_ui.js": { file: "assets/ui.js" },
  "_monaco.js": { file: "assets/monaco.js" },
};

describe("staticClosure", () => {
  it("follows static imports transitively and never dynamic ones", () => {
    expect([...staticClosure(manifest, [entryKey(manifest)])].sort()).toEqual([
      "assets/index.js",
      "assets/react.js",
      "assets/shared.js",
    ]);
    const route = staticClosure(manifest, [entryKey(manifest), "src/routes/a.tsx"]);
    expect(route.has("assets/ui.js")).toBe(true);
    expect(route.has("assets/monaco.js")).toBe(false);
  });
});
