import { describe, expect, it } from "vitest";
import { parseDec } from "../chain/dec.ts";
import { deductFromBalance, settleFullBlocks, type AccountBal, type PaymentBal } from "./escrow-math.ts";

function setup(deposits: Array<[string, string]>, rates: string[]) {
  const acc: AccountBal = {
    funds: deposits.reduce((s, [, v]) => s + parseDec(v), 0n),
    transferred: 0n,
    deposits: deposits.map(([owner, v]) => ({ owner, balance: parseDec(v) })),
  };
  const payments: PaymentBal[] = rates.map((r) => ({
    state: "open",
    rate: parseDec(r),
    balance: 0n,
    unsettled: 0n,
  }));
  return { acc, payments };
}

describe("settleFullBlocks", () => {
  it("charges rate × blocks to each payment and reduces funds", () => {
    const { acc, payments } = setup([["a", "1000"]], ["10", "5"]);
    expect(settleFullBlocks(acc, payments, 3n)).toBe(false);
    expect(payments[0]?.balance).toBe(parseDec("30"));
    expect(payments[1]?.balance).toBe(parseDec("15"));
    expect(acc.funds).toBe(parseDec("955"));
    expect(acc.transferred).toBe(parseDec("45"));
  });

  it("truncates fractional rates per settlement like TruncateDec", () => {
    const { acc, payments } = setup([["a", "100"]], ["1.5"]);
    settleFullBlocks(acc, payments, 3n);
    expect(payments[0]?.balance).toBe(parseDec("4"));
    expect(acc.funds).toBe(parseDec("96"));
  });

  it("drains depositors in order and drops emptied ones", () => {
    const { acc, payments } = setup(
      [
        ["granter", "20"],
        ["owner", "100"],
      ],
      ["10"],
    );
    settleFullBlocks(acc, payments, 3n);
    expect(acc.deposits).toEqual([{ owner: "owner", balance: parseDec("90") }]);
  });

  it("marks the account and payments overdrawn and records what is unpaid", () => {
    const { acc, payments } = setup([["a", "25"]], ["10"]);
    expect(settleFullBlocks(acc, payments, 3n)).toBe(true);
    expect(payments[0]?.state).toBe("overdrawn");
    expect(payments[0]?.balance).toBe(parseDec("25"));
    expect(payments[0]?.unsettled).toBe(parseDec("5"));
    expect(acc.funds).toBe(parseDec("-5"));
  });

  it("zero blocks charge nothing", () => {
    const { acc, payments } = setup([["a", "25"]], ["10"]);
    expect(settleFullBlocks(acc, payments, 0n)).toBe(false);
    expect(acc.funds).toBe(parseDec("25"));
  });
});

describe("deductFromBalance", () => {
  it("reports shortfall", () => {
    const { acc } = setup([["a", "5"]], []);
    expect(deductFromBalance(acc, parseDec("8"))).toEqual({ withdrew: parseDec("5"), overdrawn: true });
  });
});
