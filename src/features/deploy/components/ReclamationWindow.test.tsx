// The create step's check of the SDL's reclamation window against the network's market bounds.
import { describe, expect, it } from "vitest";
import { reclamationProblem } from "./ReclamationWindow";

describe("reclamationProblem", () => {
  const bounds = { minSec: 3_600, maxSec: 720 * 3_600 };
  it("passes a window within the bounds, and any window while they are unknown", () => {
    expect(reclamationProblem(3_600, bounds)).toBeNull();
    expect(reclamationProblem(720 * 3_600, bounds)).toBeNull();
    expect(reclamationProblem(30, undefined)).toBeNull();
  });
  it("says what the network allows for a window outside them", () => {
    expect(reclamationProblem(30, bounds)).toBe(
      "The SDL's reclamation window (30 s) is outside what this network allows: from 1 h to 30 d.",
    );
    expect(reclamationProblem(721 * 3_600, bounds)).toMatch(/\(30 d 1 h\) is outside/);
  });
  it("refuses any window on a chain without reclamation", () => {
    expect(reclamationProblem(3_600, null)).toMatch(/^This network does not support reclamation/);
  });
});
