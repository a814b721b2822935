import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findTemplate } from "../templates/catalog";
import type { GpuOffer } from "../utils/gpu-offers";
import { applyEdits } from "../utils/text-edits";
import { checkSdl, finalize, MAX_DIAGNOSTICS } from "./check-sdl";
import { CHAIN_SDK_VERSION } from "./sdl-engine";
import type { Diagnostic } from "./types";

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
  const lineIn = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;
  return { check: (text: string) => checkSdl(text, ctx), template, lineIn };
}

describe("checkSdl", () => {
  it("accepts the LLM template and returns the groups that would be signed", () => {
    const { check, template } = setup();
    const result = check(template);
    expect(result.diagnostics).toEqual([]);
    expect(result.manifest?.groupSpecs[0]?.name).toBe("akash");
    expect(result.manifest?.groups[0]?.services[0]?.image).toBe("ollama/ollama:0.5.7");
  });

  it("puts an unknown key, a GPU vendor typo and a uakt price each on its own line", () => {
    const { check, template, lineIn } = setup();
    const broken = template
      .replace("    image: ollama/ollama:0.5.7", "    image: ollama/ollama:0.5.7\n    bogusKey: 1")
      .replace("              nvidia:", "              nvidiaa:")
      .replace("denom: uact", "denom: uakt");
    const result = check(broken);
    const at = (d: Diagnostic) => [d.range.startLine, d.message];
    expect(result.diagnostics.map(at)).toEqual([
      [lineIn(broken, "bogusKey"), '"bogusKey" is not allowed in service "ollama".'],
      [lineIn(broken, "nvidiaa:"), '"nvidiaa" is not allowed as a GPU vendor.'],
      [lineIn(broken, "denom: uakt"), expect.stringContaining("priced in ACT (uact)")],
    ]);
    expect(result.manifest).toBeNull();
    // The fixes rename the vendor and rewrite the denom, and nothing else.
    const fixes = result.diagnostics.flatMap((d) => d.fix?.edits ?? []);
    const fixed = applyEdits(broken, fixes).replace("\n    bogusKey: 1", "");
    expect(fixed).toBe(template);
  });

  it("gives every diagnostic the path of its field", () => {
    const { check, template } = setup();
    const result = check(template.replace("amount: 5081.666667", "amount: .inf"));
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        path: ["profiles", "placement", "akash", "pricing", "ollama", "amount"],
        message: 'The price amount of compute profile "ollama" in placement "akash": ".inf" is infinite.',
        hint: expect.stringContaining("e.g. 1000"),
      }),
    ]);
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
    const { check } = setup();
    const result = check(text);
    expect(result.manifest).toBeNull();
    expect(result.diagnostics[0]?.severity).toBe("error");
    expect(result.diagnostics[0]?.message).toMatch(message);
  });

  it("never expands aliases it does not read", () => {
    const { check } = setup();
    const messages = check(laughs()).diagnostics.map((d) => d.message);
    expect(messages).toContain('"a" is not allowed in the top level of the SDL.');
    expect(messages).toContain('"version" is missing from the top level of the SDL.');
  });

  it("reports a repeated key at the repeat, naming the line of the first", () => {
    const { check, template, lineIn } = setup();
    const text = template.replace(
      "      - OLLAMA_KEEP_ALIVE=24h\n",
      "      - OLLAMA_KEEP_ALIVE=24h\n    image: again\n",
    );
    const [d, ...rest] = check(text).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      path: ["services", "ollama", "image"],
      message: `"image" is written twice here (first on line ${lineIn(text, "image: ollama")}).`,
      range: { startLine: lineIn(text, "image: again"), startColumn: 5 },
    });
  });

  it("sums up the problems past the first few hundred in one located note", () => {
    const many: Diagnostic[] = Array.from({ length: MAX_DIAGNOSTICS + 50 }, (_, i) => ({
      severity: "error",
      source: "value",
      path: ["services", `s${i}`],
      message: `problem ${i}`,
      range: { startLine: i + 1, startColumn: 1, endLine: i + 1, endColumn: 2 },
    }));
    const out = finalize(many);
    expect(out).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(out[MAX_DIAGNOSTICS]).toMatchObject({
      severity: "info",
      message: "50 more problems from here on (50 errors) are not listed.",
      range: { startLine: MAX_DIAGNOSTICS + 1 },
    });
  });

  it("names the chain-sdk it was built with, as package.json pins it", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
    expect(pkg.dependencies["@akashnetwork/chain-sdk"]).toBe(CHAIN_SDK_VERSION);
  });
});

/** Aliases along fields the checker reads: 1,000 expose entries, each with 1,000 targets. */
function bomb(): string {
  const many = (alias: string) => `[${Array(1000).fill(alias).join(", ")}]`;
  return [
    "x-target: &t { global: true }",
    `x-targets: &to ${many("*t")}`,
    "x-expose: &e { port: 80, to: *to }",
    "services:",
    "  web:",
    "    image: nginx:1.27",
    `    expose: ${many("*e")}`,
  ].join("\n");
}

/** The classic "billion laughs", in keys the checker does not read. */
function laughs(): string {
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
