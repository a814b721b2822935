import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { describe, expect, it } from "vitest";
import { checkSdl } from "../checker/check-sdl";
import { TEMPLATES } from "../templates/catalog";
import { manifestVersion } from "../utils/deployment-plan";
import { allFields, readField, writeField } from "./fields";
import { readForm } from "./form-model";
import { editText } from "./yaml-edit";

function setup() {
  const network = { name: "Local", kind: "local", deploymentDenom: "uact" };
  const versionOf = async (text: string) => {
    const result = checkSdl(text, { engine: chainSdk, network, gpuOffers: null, rules: false });
    if (!result.manifest) throw new Error(`does not build: ${result.diagnostics[0]?.message}`);
    return (await manifestVersion(chainSdk, result.manifest.groups)).versionHex;
  };
  /** What the form does when every one of its fields is written back with the value it shows. */
  const noopPass = (text: string) =>
    editText(text, (doc) => {
      const fields = allFields(readForm(doc));
      expect(fields.length).toBeGreaterThan(5);
      for (const field of fields) writeField(doc, field, readField(doc, field));
    });
  const comments = (text: string) =>
    text.split("\n").flatMap((l) => (/#.*/.exec(l) ?? []).map((m) => m.trim()));
  return { versionOf, noopPass, comments };
}

describe("form ↔ YAML round trip", () => {
  it.each(TEMPLATES.map((t) => [t.id, t.sdl] as const))(
    "%s: a form pass keeps the manifest version and every comment",
    async (_id, sdl) => {
      const { versionOf, noopPass, comments } = setup();
      const after = noopPass(sdl);
      if (after === null) throw new Error("the form could not open the template");
      expect(await versionOf(after)).toBe(await versionOf(sdl));
      expect(comments(after)).toEqual(comments(sdl));
    },
  );

  it("keeps a hand-written document's comments, key order and quoting through a form pass", () => {
    const { noopPass } = setup();
    const sdl = [
      "# my app",
      'version: "2.0"',
      "services:",
      "  web:",
      "    image: 'nginx:1.27' # pinned",
      "    expose:",
      "      - port: 80",
      "        to:",
      "          - global: true",
      "profiles:",
      "  compute:",
      "    web:",
      "      resources:",
      '        cpu: { units: "0.5" }',
      "        memory:",
      "          size: 512Mi",
      "        storage:",
      "          size: 1Gi",
      "  placement:",
      "    dcloud:",
      "      pricing:",
      "        web: { denom: uact, amount: 100 }",
      "deployment:",
      "  web:",
      "    dcloud:",
      "      count: 1 # one is enough",
      "      profile: web",
      "",
    ].join("\n");
    expect(noopPass(sdl)).toBe(sdl);
  });

  it("keeps a comment after a map key, on its own line (the yaml package moves it there)", () => {
    const { noopPass } = setup();
    const sdl = TEMPLATES[0]!.sdl.replace("services:\n", "services: # what runs\n");
    expect(noopPass(sdl)).toContain("# what runs");
  });
});
