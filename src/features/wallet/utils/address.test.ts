import { describe, expect, it } from "vitest";
import { toBech32 } from "@cosmjs/encoding";
import { akashAddressProblem, isAkashAddress, shortAddress } from "./address";

function setup() {
  const bytes = Uint8Array.from({ length: 20 }, (_, i) => i * 7);
  return { address: toBech32("akash", bytes), cosmos: toBech32("cosmos", bytes) };
}

describe("akash addresses", () => {
  it("accepts a valid account address, in either case, with surrounding spaces", () => {
    const { address } = setup();
    expect(isAkashAddress(address)).toBe(true);
    expect(isAkashAddress(` ${address.toUpperCase()} `)).toBe(true);
  });

  it("explains why an address is refused", () => {
    const { address, cosmos } = setup();
    const typo = address.slice(0, -1) + (address.endsWith("q") ? "p" : "q");
    expect(akashAddressProblem("")).toBe("Enter an address.");
    expect(akashAddressProblem(cosmos)).toBe("An Akash address starts with “akash1”.");
    expect(akashAddressProblem(typo)).toBe("The address has a typo (its checksum fails).");
    expect(akashAddressProblem(address.slice(0, 20))).toBe(
      "The address has the wrong length for an account.",
    );
    expect(akashAddressProblem(address.replace(/.$/, "b"))).toMatch(/character bech32 never uses/);
    expect(akashAddressProblem("akash1" + address.slice(6, 10).toUpperCase() + address.slice(10))).toBe(
      "An address is all lower case.",
    );
  });

  it("shortens an address for the header, keeping its start and end", () => {
    const { address } = setup();
    expect(shortAddress(address)).toBe(`${address.slice(0, 10)}…${address.slice(-4)}`);
    expect(shortAddress("akash1abc")).toBe("akash1abc");
  });
});
