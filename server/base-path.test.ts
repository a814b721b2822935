import { describe, expect, it } from "vitest";
import { parseBasePath } from "./base-path";

describe("parseBasePath", () => {
  it("defaults to the site root", () => {
    expect(parseBasePath(undefined)).toBe("/");
    expect(parseBasePath("")).toBe("/");
    expect(parseBasePath("/")).toBe("/");
  });

  it("normalizes a sub-path to leading and trailing slashes", () => {
    expect(parseBasePath("console")).toBe("/console/");
    expect(parseBasePath("/apps/akash-console")).toBe("/apps/akash-console/");
    expect(parseBasePath("//team/console//")).toBe("/team/console/");
  });

  it("refuses what would send asset URLs elsewhere", () => {
    for (const bad of ["https://cdn.example.com/x", "/a/../b", "/a?b", "/a#b", "/a%2f", "/a b"])
      expect(() => parseBasePath(bad), bad).toThrow(/CONSOLE_BASE_PATH/);
  });
});
