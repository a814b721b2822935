import { describe, expect, it } from "vitest";
import { explainChainError, isSequenceMismatch, isUserRejection } from "./explain-error";

describe("explainChainError", () => {
  it("turns known chain errors into sentences", () => {
    expect(explainChainError("sdk", 5, "0uact is smaller than 500000uact: insufficient funds")).toMatch(
      /not hold enough funds/,
    );
    expect(explainChainError("deployment", 5, "Deployment closed")).toMatch(/already closed/);
    expect(explainChainError("market", 12, "bid not open")).toMatch(/no longer open/);
    expect(explainChainError("deployment", 20, "deposit below min: Deposit invalid")).toMatch(/minimum/);
  });

  it("falls back to the codes for what it does not know, and recognises messages by their log", () => {
    expect(explainChainError("wasm", 9, "boom")).toBe(
      "The chain rejected the transaction (wasm code 9). See the details below.",
    );
    expect(explainChainError("escrow", 99, "spendable balance 0: insufficient funds")).toMatch(
      /not hold enough/,
    );
  });

  it("recognises sequence mismatches and wallet rejections", () => {
    expect(isSequenceMismatch("sdk", 32, "")).toBe(true);
    expect(isSequenceMismatch("sdk", 5, "account sequence mismatch, expected 4, got 3")).toBe(true);
    expect(isSequenceMismatch("sdk", 5, "insufficient funds")).toBe(false);
    expect(isUserRejection(new Error("Request rejected"))).toBe(true);
    expect(isUserRejection(new Error("socket hang up"))).toBe(false);
    expect(isUserRejection(new Error("Failed to fetch"))).toBe(false);
  });

  it("recognises Cosmostation's rejection by its words and by its code 4001", () => {
    const message = "The requested account and/or method has not been authorized by the user.";
    expect(isUserRejection(new Error(message))).toBe(true);
    expect(isUserRejection(Object.assign(new Error("unknown"), { code: 4001 }))).toBe(true);
    expect(isUserRejection({ code: 4001, message })).toBe(true);
    expect(isUserRejection(Object.assign(new Error("Internal JSON-RPC error"), { code: -32603 }))).toBe(
      false,
    );
  });
});
