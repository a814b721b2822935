// MsgCreateDeployment.reclamation (AEP-82, field 5), which chain-sdk alpha.25 cannot carry: the
// bytes the wallet signs, read back by chain-sdk's own decoder (fields 1–4 unchanged) and by ours,
// and the amino JSON a Ledger signs, whose round trip must give the same bytes as direct signing.
import { AminoTypes } from "@cosmjs/stargate";
import { toHex } from "@cosmjs/encoding";
import { MsgCreateDeployment } from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import { describe, expect, it } from "vitest";
import { createDeployment } from "../messages/deployment";
import { createAkashAminoConverters } from "./amino-converters";
import { readReclamation, reclamationFieldBytes } from "./create-deployment-codec";
import { createAkashRegistry } from "./registry";

const OWNER = "akash1pkptre7fdkl6gfrzlesjjvhxhlc3r4gmkd2yfq";

const msg = (reclamationSec?: number) =>
  createDeployment({
    owner: OWNER,
    dseq: "123",
    groups: [],
    hash: new Uint8Array(32).fill(7),
    deposit: { denom: "uact", amount: "500000" },
    overview: [],
    reclamationSec,
  });

function setup() {
  const registry = createAkashRegistry();
  const amino = new AminoTypes(createAkashAminoConverters());
  const wire = (m: ReturnType<typeof msg>) =>
    registry.encodeAsAny({ typeUrl: m.typeUrl, value: m.value }).value;
  return { registry, amino, wire };
}

describe("MsgCreateDeployment with a reclamation window", () => {
  it("appends field 5 {min_window: Duration} after chain-sdk's fields 1–4", () => {
    const { wire } = setup();
    const without = wire(msg());
    const with30s = wire(msg(30));
    // 0x2a = field 5, length-delimited; 0x0a = min_window (1); 0x08 0x1e = seconds 30
    expect(toHex(with30s)).toBe(`${toHex(without)}2a040a02081e`);
    // 24 h = 86400 s = varint 80 a3 05
    expect(toHex(wire(msg(86_400)))).toBe(`${toHex(without)}2a060a040880a305`);
    // No window: exactly chain-sdk's bytes.
    const plain = MsgCreateDeployment.encode(MsgCreateDeployment.fromPartial(msg().value as never)).finish();
    expect(toHex(without)).toBe(toHex(plain));
  });

  it("reads back: chain-sdk's decoder sees fields 1–4 unchanged, ours the window", () => {
    const { wire, registry } = setup();
    const bytes = wire(msg(90));
    const sdk = MsgCreateDeployment.decode(bytes);
    expect(sdk.hash).toEqual(new Uint8Array(32).fill(7));
    expect(sdk.deposit?.amount).toEqual({ denom: "uact", amount: "500000" });
    expect(readReclamation(bytes)).toEqual({ minWindow: { seconds: "90", nanos: 0 } });
    const decoded = registry.decode({ typeUrl: msg().typeUrl, value: bytes }) as { reclamation?: unknown };
    expect(decoded.reclamation).toEqual({ minWindow: { seconds: "90", nanos: 0 } });
    expect(readReclamation(wire(msg()))).toBeUndefined();
    expect(() => readReclamation(Uint8Array.from([0x2a, 9, 1]))).toThrow(/truncated/);
  });

  it("writes min_window even when the Duration is empty (non-nullable)", () => {
    expect(toHex(reclamationFieldBytes({ minWindow: { seconds: "0", nanos: 0 } }))).toBe("2a020a00");
  });

  it("amino JSON: min_window as quoted nanoseconds, and the signed doc gives the same bytes", () => {
    const { amino, wire, registry } = setup();
    const m = msg(30);
    const json = amino.toAmino({ typeUrl: m.typeUrl, value: m.value });
    const value = json.value as Record<string, unknown>;
    expect(value.reclamation).toEqual({ min_window: "30000000000" });
    const back = registry.encodeAsAny(amino.fromAmino(json)).value;
    expect(toHex(back)).toBe(toHex(wire(m)));
    const none = amino.toAmino({ typeUrl: m.typeUrl, value: msg().value }) as { value: object };
    expect(none.value).not.toHaveProperty("reclamation");
  });

  it("the review says the window before signing", () => {
    expect(msg(30).summary.details).toContainEqual(
      expect.stringMatching(/^Reclamation window: at least 30 s\. Only providers that promise/),
    );
    expect(msg(86_400).summary.details.join(" ")).toContain("at least 1 d (86,400 s)");
    expect(msg().summary.details.join(" ")).not.toContain("Reclamation");
  });
});
