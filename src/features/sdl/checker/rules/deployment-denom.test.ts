import { describe, expect, it } from "vitest";
import { applyEdits } from "../../utils/text-edits";
import { deploymentDenomRule } from "./deployment-denom";
import { ruleContextFor } from "../../testing/rule-context";

function setup(denom: string) {
  const text = [
    "profiles:",
    "  placement:",
    "    akash:",
    "      pricing:",
    "        web:",
    `          denom: ${denom}`,
    "          amount: 10",
    "        db: { denom: uact, amount: 5 }",
  ].join("\n");
  return { text, diagnostics: deploymentDenomRule(ruleContextFor(text)) };
}

describe("deploymentDenomRule", () => {
  it("flags a uakt price at the denom's line with a fix to uact", () => {
    const { text, diagnostics } = setup("uakt");
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d?.severity).toBe("error");
    expect(d?.message).toMatch(/priced in ACT \(uact\).*AKT \(uakt\)/);
    expect(d?.range).toMatchObject({ startLine: 6, startColumn: 18, endLine: 6, endColumn: 22 });
    expect(applyEdits(text, d?.fix?.edits ?? [])).toContain("          denom: uact\n");
  });

  it("flags IBC denoms too", () => {
    const { diagnostics } = setup("ibc/170C677610AC31DF0904FFE09CD3B5C657492170E7E52372E48756B71E56F2F1");
    expect(diagnostics[0]?.message).toMatch(/IBC denom/);
  });

  it("accepts uact prices", () => {
    expect(setup("uact").diagnostics).toEqual([]);
  });
});
