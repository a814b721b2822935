import { describe, expect, it } from "vitest";
import { providerFixture } from "../testing/provider-fixture";
import { auditorName, auditorNameSource } from "./auditor-name";

const KNOWN = "akash1365yvmc4s7awdyj3n2sav7xfx76adc6dnmlx63";
const SELF = "akash1selfdeclaredauditor00000000000000000000";
const STRANGER = "akash1strangerauditor000000000000000000000000";

function setup() {
  const known = [{ address: KNOWN, name: "Akash Network (provider audit)" }];
  const providers = new Map([[SELF, providerFixture(SELF, { organization: "Audit Co" })]]);
  return { name: (a: string) => auditorName(a, known, providers) };
}

describe("auditorName", () => {
  it("names a known auditor from the network's list first", () => {
    const { name } = setup();
    expect(name(KNOWN)).toEqual({
      address: KNOWN,
      label: "Akash Network (provider audit)",
      source: "network",
    });
    expect(auditorNameSource(name(KNOWN))).toMatch(/network's list of known auditors/);
  });

  it("falls back to the auditor's own provider record, and says it is self-declared", () => {
    const { name } = setup();
    expect(name(SELF)).toMatchObject({ label: "Audit Co", source: "provider-record" });
    expect(auditorNameSource(name(SELF))).toMatch(/self-declared/);
  });

  it("gives an unknown auditor no name, only its short address", () => {
    const { name } = setup();
    expect(name(STRANGER)).toMatchObject({ label: "akash1stra…0000", source: null });
    expect(auditorNameSource(name(STRANGER))).toMatch(/not a known auditor/);
  });
});
