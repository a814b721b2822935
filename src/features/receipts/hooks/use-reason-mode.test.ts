import { describe, expect, it } from "vitest";
import { readReasonMode, reasonProblem, setReasonMode } from "./use-reason-mode";

describe("reason setting", () => {
  it("requires a reason only in required mode and caps its length", () => {
    expect(reasonProblem("required", "  ")).toMatch(/require one/);
    expect(reasonProblem("optional", "")).toBeNull();
    expect(reasonProblem("off", "")).toBeNull();
    expect(reasonProblem("optional", "x".repeat(281))).toMatch(/under 280/);
  });

  it("persists the choice, defaulting to optional", () => {
    localStorage.clear();
    expect(readReasonMode()).toBe("optional");
    expect(setReasonMode("required")).toBe(true);
    expect(readReasonMode()).toBe("required");
  });
});
