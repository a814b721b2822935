// @vitest-environment node
// The checker under 2,000 seeded mutations of every template (testing/mutate.ts): no exception
// escapes it, every diagnostic sits on a line of the text that has something on it (never a blank
// line, a comment or past the end), chain-sdk never throws on what the checker let through, and
// no input takes a second. A failure prints the template, the seed and the mutant to replay it.
import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { describe, expect, it } from "vitest";
import { TEMPLATES } from "../templates/catalog";
import { isEmptyLine, mutate, rng } from "../testing/mutate";
import { checkSdl } from "./check-sdl";
import type { Diagnostic } from "./types";

const MUTATIONS = 2_000;
const ctx = {
  engine: chainSdk,
  network: { name: "Local", kind: "local", deploymentDenom: "uact" },
  gpuOffers: null,
};

interface Finding {
  index: number;
  problem: string;
  text: string;
}

/** What is wrong with one result, or null: an unlocated diagnostic, or chain-sdk throwing. */
function misplaced(text: string, diagnostics: Diagnostic[]): string | null {
  const lines = text.split("\n");
  for (const d of diagnostics) {
    const { startLine, startColumn } = d.range;
    if (startLine < 1 || startLine > lines.length || startColumn < 1)
      return `${d.message} at ${startLine}:${startColumn}, outside the text`;
    if (text.trim() !== "" && isEmptyLine(lines[startLine - 1]))
      return `${d.message} on line ${startLine}, which is blank or a comment`;
    if (d.source === "chain-sdk") return `chain-sdk refused what the checker passed: ${d.message}`;
  }
  return null;
}

describe("the checker under mutation", () => {
  it.each(TEMPLATES.map((t, i) => [t.id, t.sdl, i] as const))(
    "%s: 2,000 mutants, no exception, every diagnostic located, none over 1 s",
    (id, sdl, i) => {
      const seed = 0x5d1 + i;
      const next = rng(seed);
      const findings: Finding[] = [];
      const outcomes = { built: 0, refused: 0 };
      let slowest = { ms: 0, text: "" };
      for (let index = 0; index < MUTATIONS; index++) {
        const text = mutate(sdl, next);
        const start = performance.now();
        try {
          const result = checkSdl(text, ctx);
          const problem = misplaced(text, result.diagnostics);
          if (problem) findings.push({ index, problem, text });
          outcomes[result.manifest ? "built" : "refused"]++;
        } catch (err) {
          findings.push({ index, problem: `threw ${String(err)}`, text });
        }
        const ms = performance.now() - start;
        if (ms > slowest.ms) slowest = { ms, text };
      }
      const report = findings.slice(0, 3).map((f) => `#${f.index} (seed ${seed}): ${f.problem}\n${f.text}`);
      expect(report, `${findings.length} of ${MUTATIONS} mutants of ${id}`).toEqual([]);
      // the mutations reach both sides: SDLs that still build, and SDLs refused field by field
      expect(outcomes.built).toBeGreaterThan(MUTATIONS / 50);
      expect(outcomes.refused).toBeGreaterThan(MUTATIONS / 2);
      // Issue #14's bound for any one input (the sdl-fuzz bench tracks the slowest).
      expect(slowest.ms, `slowest mutant of ${id}:\n${slowest.text}`).toBeLessThan(1_000);
    },
    120_000,
  );
});
