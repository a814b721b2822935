import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { describe, expect, it } from "vitest";
import { findTemplate } from "../templates/catalog";
import type { GpuOffer } from "./gpu-offers";
import { lintSdl } from "./lint-sdl";
import { applyEdits } from "./text-edits";

const OFFERS: GpuOffer[] = [
  { vendor: "nvidia", model: "h100", ram: "80Gi" },
  { vendor: "nvidia", model: "a100", ram: "80Gi" },
];

function setup(gpuOffers: GpuOffer[] | null = OFFERS) {
  const ctx = {
    engine: chainSdk,
    network: { name: "Local network", kind: "local", deploymentDenom: "uact" },
    gpuOffers,
  };
  const template = findTemplate("ollama-llm")?.sdl ?? "";
  const lines = template.split("\n");
  const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
  return { lint: (text: string) => lintSdl(text, ctx), template, lineOf };
}

describe("lintSdl", () => {
  it("accepts the LLM template and returns the groups that would be signed", () => {
    const { lint, template } = setup();
    const result = lint(template);
    expect(result.diagnostics).toEqual([]);
    expect(result.manifest?.groupSpecs[0]?.name).toBe("akash");
    expect(result.manifest?.groups[0]?.services[0]?.image).toBe("ollama/ollama:0.5.7");
  });

  it("puts an unknown key, a GPU vendor typo and a uakt price each on its own line", () => {
    const { lint, template, lineOf } = setup();
    const broken = template
      .replace("    image: ollama/ollama:0.5.7", "    image: ollama/ollama:0.5.7\n    bogusKey: 1")
      .replace("              nvidia:", "              nvidiaa:")
      .replace("denom: uact", "denom: uakt");
    const brokenLines = broken.split("\n");
    const line = (needle: string) => brokenLines.findIndex((l) => l.includes(needle)) + 1;
    const result = lint(broken);
    const bySource = (s: string) => result.diagnostics.filter((d) => d.source === s);
    expect(
      bySource("schema")
        .map((d) => d.range.startLine)
        .sort((a, b) => a - b),
    ).toEqual([line("bogusKey"), line("nvidiaa:")]);
    expect(bySource("schema").find((d) => d.range.startLine === line("nvidiaa:"))?.message).toMatch(
      /nvidiaa/,
    );
    const [denom] = bySource("deployment-denom");
    expect(denom?.range.startLine).toBe(line("denom: uakt"));
    expect(result.manifest).toBeNull();
    // The fix rewrites only the denom; the template's line numbers are unchanged.
    const fixed = applyEdits(broken, denom?.fix?.edits ?? []);
    expect(fixed).toContain("denom: uact");
    expect(lineOf("denom: uact")).toBeGreaterThan(0);
  });

  it("maps chain-sdk cross-reference errors to the node they name", () => {
    const { lint, template } = setup();
    const broken = template.replace("      profile: ollama", "      profile: missing");
    const result = lint(broken);
    expect(result.diagnostics.map((d) => d.message).join("\n")).toMatch(/"missing" profile/);
    expect(result.diagnostics.every((d) => d.range.startLine > 1)).toBe(true);
  });

  it.each([
    ["empty text", "", /empty/],
    ["binary junk", "\u0000\u0001\u0002PK\u0003\u0004".repeat(50), /binary/],
    ["a 5 MB file", "a: 1\n".repeat(1_100_000), /at most 512 KiB/],
    ["a YAML bomb", bomb(), /alias bomb/],
    ["deep nesting", "a: " + "[".repeat(5_000) + "]".repeat(5_000), /nests \d+ levels/],
    ["deep block nesting", Array.from({ length: 300 }, (_, i) => " ".repeat(i) + "k:").join("\n"), /nests/],
    ["a YAML syntax error", "services:\n  web:\n   - a\n  b: [", /./],
  ])("gives a clear error for %s", (_name, text, message) => {
    const { lint } = setup();
    const result = lint(text);
    expect(result.manifest).toBeNull();
    expect(result.diagnostics[0]?.severity).toBe("error");
    expect(result.diagnostics[0]?.message).toMatch(message);
  });
});

function bomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [prev, name] of [
    ["a", "b"],
    ["b", "c"],
    ["c", "d"],
    ["d", "e"],
    ["e", "f"],
    ["f", "g"],
  ])
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
  return lines.join("\n");
}
