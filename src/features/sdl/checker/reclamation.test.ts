// @vitest-environment node
// AEP-82's `reclamation: { min_window }`, read by the console itself (chain-sdk alpha.25 refuses
// the key): each bad spelling is an error on its line with what to write instead, the window is
// checked against the network's market bounds, and the key never reaches chain-sdk, so the groups,
// the manifest and its hash are the same with or without it (as go/sdl builds them).
import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { describe, expect, it } from "vitest";
import { findTemplate } from "../templates/catalog";
import { checkSdl, type CheckContext } from "./check-sdl";
import type { ReclamationBounds } from "./reclamation";

const network = { name: "Local", kind: "local", deploymentDenom: "uact" };
const ctx = (reclamationBounds?: ReclamationBounds | null): CheckContext => ({
  engine: chainSdk,
  network: { ...network, reclamationBounds },
  gpuOffers: null,
});
const TEMPLATE = findTemplate("ollama-llm")?.sdl ?? "";
const withWindow = (block: string) => TEMPLATE.replace('version: "2.0"\n', `version: "2.0"\n${block}`);
const at = (text: string, line: number) => text.split("\n")[line - 1]?.trim();
const FIELD = '"min_window" of the "reclamation" section';

describe("the SDL's reclamation window", () => {
  it("reads a good window, and chain-sdk builds the same manifest as without it", async () => {
    const text = withWindow("reclamation:\n  min_window: 24h\n");
    const result = checkSdl(text, ctx());
    expect(result.diagnostics).toEqual([]);
    expect(result.reclamation).toEqual({ minWindowSec: 86_400, text: "24h" });
    const plain = checkSdl(TEMPLATE, ctx());
    expect(plain.reclamation).toBeNull();
    const hash = async (groups: NonNullable<typeof result.manifest>["groups"]) =>
      Buffer.from(await chainSdk.generateManifestVersion(groups)).toString("hex");
    expect(result.manifest).not.toBeNull();
    expect(chainSdk.manifestToSortedJSON(result.manifest!.groups)).toBe(
      chainSdk.manifestToSortedJSON(plain.manifest!.groups),
    );
    expect(await hash(result.manifest!.groups)).toBe(await hash(plain.manifest!.groups));
    expect(result.manifest!.groupSpecs).toEqual(plain.manifest!.groupSpecs);
  });

  it.each([
    ["30s", 30],
    ["90m", 5_400],
    ["720h", 2_592_000],
  ])("%s is %i seconds", (w, sec) => {
    expect(checkSdl(withWindow(`reclamation:\n  min_window: ${w}\n`), ctx()).reclamation?.minWindowSec).toBe(
      sec,
    );
  });

  // [written, problem, suggested fix]
  const BAD: Array<[string, string, string | null]> = [
    ["90", '"90" is not a duration such as 24h', "90s"],
    ["24H", '"24H" is not a duration such as 24h', "24h"],
    ["1h30m", '"1h30m" mixes units, fractions or ms: write one whole number and s, m or h', "90m"],
    ["1.5h", '"1.5h" mixes units, fractions or ms: write one whole number and s, m or h', "90m"],
    ["500ms", '"500ms" mixes units, fractions or ms: write one whole number and s, m or h', null],
    ["0s", '"0s" is zero: the window must be longer than that', null],
    ["-1h", '"-1h" is negative', null],
    ["soon", '"soon" is not a duration such as 24h', null],
    ["9999999999999h", '"9999999999999h" is longer than the chain can hold', null],
  ];
  it.each(BAD)("min_window: %s is an error on its line", (w, problem, fix) => {
    const text = withWindow(`reclamation:\n  min_window: ${w}\n`);
    const { diagnostics, manifest, reclamation } = checkSdl(text, ctx());
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0]!;
    expect([d.severity, at(text, d.range.startLine), d.message]).toEqual([
      "error",
      `min_window: ${w}`,
      `${FIELD}: ${problem}.`,
    ]);
    expect(d.hint).toMatch(/^Write a whole number followed by s, m or h, e\.g\. 24h\./);
    expect(d.fix?.edits[0]?.text ?? null).toBe(fix);
    expect(manifest).toBeNull();
    expect(reclamation).toBeNull();
  });

  it("a section without min_window, or with an unknown key, says what to write", () => {
    const empty = withWindow("reclamation: {}\n");
    const [missing] = checkSdl(empty, ctx()).diagnostics;
    expect(at(empty, missing!.range.startLine)).toBe("reclamation: {}");
    expect(missing!.message).toContain("min_window");
    const typo = withWindow("reclamation:\n  window: 24h\n");
    const messages = checkSdl(typo, ctx()).diagnostics.map((d) => [at(typo, d.range.startLine), d.message]);
    expect(messages).toEqual([
      ["reclamation:", '"min_window" is missing from the "reclamation" section.'],
      ["window: 24h", '"window" is not allowed in the "reclamation" section.'],
    ]);
  });

  it("checks the window against the market's bounds, with a fix to the nearest one", () => {
    const bounds = { minSec: 3_600, maxSec: 720 * 3_600 };
    const short = withWindow("reclamation:\n  min_window: 30s\n");
    const [d] = checkSdl(short, ctx(bounds)).diagnostics;
    expect([d?.severity, at(short, d?.range.startLine ?? 0), d?.message, d?.fix?.edits[0]?.text]).toEqual([
      "error",
      "min_window: 30s",
      "The reclamation window 30s is shorter than this network allows (from 1h to 720h, the market's reclamation bounds).",
      "1h",
    ]);
    const long = withWindow("reclamation:\n  min_window: 721h\n");
    expect(checkSdl(long, ctx(bounds)).diagnostics.map((x) => [x.message, x.fix?.edits[0]?.text])).toEqual([
      [expect.stringContaining("721h is longer than this network allows (from 1h to 720h"), "720h"],
    ]);
    expect(checkSdl(short, ctx({ minSec: 10, maxSec: 3_600 })).diagnostics).toEqual([]);
    // bounds unknown (not read yet): the chain judges
    expect(checkSdl(short, ctx(null)).diagnostics).toEqual([]);
  });

  it("a chain before node v2.1 has no bounds: the section is refused on its key", () => {
    const text = withWindow("reclamation:\n  min_window: 24h\n");
    const [d] = checkSdl(text, ctx("unsupported")).diagnostics;
    expect([at(text, d?.range.startLine ?? 0), d?.message]).toEqual([
      "reclamation:",
      expect.stringContaining("This network does not support reclamation"),
    ]);
  });
});
