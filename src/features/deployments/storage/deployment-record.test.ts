import { describe, expect, it } from "vitest";
import { manifestServices } from "./deployment-record";

describe("manifestServices", () => {
  it("lists every service of every group once, sorted", () => {
    const manifest = JSON.stringify([
      { name: "dcloud", services: [{ name: "web" }, { name: "api" }] },
      { name: "gpu", services: [{ name: "llm" }, { name: "web" }] },
    ]);
    expect(manifestServices(manifest)).toEqual(["api", "llm", "web"]);
  });

  it("gives nothing for a missing or unreadable manifest, so the token falls back to the provider", () => {
    expect(manifestServices(undefined)).toEqual([]);
    expect(manifestServices("{not json")).toEqual([]);
    expect(manifestServices(JSON.stringify({ services: [] }))).toEqual([]);
  });
});
