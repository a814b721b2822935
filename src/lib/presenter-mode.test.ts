import { describe, expect, it } from "vitest";
import { urlOverride } from "./presenter-mode";

describe("presenter mode from the URL", () => {
  it("turns on with ?present, off with ?present=0, and leaves the setting alone otherwise", () => {
    expect(urlOverride("?present")).toBe(true);
    expect(urlOverride("?owner=akash1x&present=1")).toBe(true);
    expect(urlOverride("?present=0")).toBe(false);
    expect(urlOverride("?present=off")).toBe(false);
    expect(urlOverride("?owner=akash1x")).toBeNull();
  });
});
