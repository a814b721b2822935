import { describe, expect, it } from "vitest";
import { parseSdlText } from "./parse";
import { bindLocate, pointerToPath } from "./locate";

const TEXT = [
  "services:", // 1
  "  web:", // 2
  "    image: nginx:1.27", // 3
  "    expose:", // 4
  "      - port: 80", // 5
  "        to:", // 6
  "          - global: true", // 7
  "      - port: 443", // 8
  "profiles:", // 9
  "  compute:", // 10
  "    a/b:", // 11
  "      resources: { cpu: { units: 1 } }", // 12
].join("\n");

function setup(text = TEXT) {
  const outcome = parseSdlText(text);
  if (!outcome.ok) throw new Error("fixture must parse");
  const { doc, lineCounter } = outcome.parsed;
  const locate = bindLocate(doc, lineCounter);
  return {
    at: (pointer: string, target?: "key" | "value") => locate(pointerToPath(pointer), target),
  };
}

describe("pointerToPath", () => {
  it("splits and unescapes JSON pointers", () => {
    expect(pointerToPath("/profiles/compute/a~1b/0")).toEqual(["profiles", "compute", "a/b", "0"]);
    expect(pointerToPath("/x~0y")).toEqual(["x~y"]);
    expect(pointerToPath("")).toEqual([]);
  });
});

describe("locate", () => {
  it("finds a nested scalar value at its exact line and columns", () => {
    const { at } = setup();
    expect(at("/services/web/image")).toEqual({ startLine: 3, startColumn: 12, endLine: 3, endColumn: 22 });
  });

  it("marks the key of a nested key when asked for the key", () => {
    const { at } = setup();
    expect(at("/services/web/image", "key")).toMatchObject({ startLine: 3, startColumn: 5 });
  });

  it("walks list items by index", () => {
    const { at } = setup();
    expect(at("/services/web/expose/1/port")).toMatchObject({ startLine: 8, startColumn: 15 });
    expect(at("/services/web/expose/0/to/0/global")).toMatchObject({ startLine: 7, startColumn: 21 });
  });

  it("marks the key line of a collection instead of the whole block", () => {
    const { at } = setup();
    expect(at("/services/web/expose")).toEqual({ startLine: 4, startColumn: 5, endLine: 4, endColumn: 11 });
  });

  it("finds keys that contain a slash and values inside flow maps", () => {
    const { at } = setup();
    expect(at("/profiles/compute/a~1b/resources/cpu/units")).toMatchObject({
      startLine: 12,
      startColumn: 34,
    });
  });

  it("falls back to the nearest existing ancestor", () => {
    const { at } = setup();
    expect(at("/services/web/expose/5/port")).toMatchObject({ startLine: 4, startColumn: 5 });
    expect(at("/services/web/credentials/password")).toMatchObject({ startLine: 2, startColumn: 3 });
    expect(at("/deployment/web")).toMatchObject({ startLine: 1, startColumn: 1 });
  });
});
