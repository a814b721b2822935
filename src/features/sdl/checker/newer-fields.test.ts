// @vitest-environment node
// The SDL fields added in 2026 (issue #17): checked for form, and, since this console's chain-sdk
// does not know them, a warning on the field instead of a refusal; the deployment still builds.
import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { describe, expect, it } from "vitest";
import { findTemplate } from "../templates/catalog";
import { checkSdl } from "./check-sdl";
import { NEWER, schemaKnows } from "./newer-fields";

const ctx = {
  engine: chainSdk,
  network: { name: "Local", kind: "local", deploymentDenom: "uact" },
  gpuOffers: null,
};
const TEMPLATE = findTemplate("ollama-llm")?.sdl ?? "";

const CASES: Array<[string, string, string, string]> = [
  ["cpu.arch", "          units: 8\n", "          units: 8\n          arch: arm64\n", "arch: arm64"],
  ["GPU interconnect", "          units: 1\n", "          units: 1\n", ""],
  ["params.tee", "    params:\n", "    params:\n      tee: cpu-gpu\n", "tee: cpu-gpu"],
  [
    "http_options.proxy_buffer_size",
    "        as: 11434\n",
    "        as: 11434\n        http_options:\n          proxy_buffer_size: 65536\n",
    "proxy_buffer_size: 65536",
  ],
  [
    "permissions.read: events",
    "    params:\n",
    "    params:\n      permissions:\n        read:\n          - events\n",
    "- events",
  ],
];

describe("fields added in 2026", () => {
  it.each(CASES.filter(([, , , line]) => line !== ""))(
    "%s: a warning on its line that this console cannot check it, and the SDL still builds",
    (label, from, to, line) => {
      const text = TEMPLATE.replace(from, to);
      const { diagnostics, manifest } = checkSdl(text, ctx);
      expect(diagnostics).toHaveLength(1);
      const [d] = diagnostics;
      expect(d?.severity).toBe("warning");
      expect(d?.message).toContain(`This console cannot check ${label}`);
      expect(d?.hint).toMatch(/^Without it, /);
      expect(text.split("\n")[(d?.range.startLine ?? 0) - 1]?.trim()).toBe(line);
      expect(manifest).not.toBeNull();
    },
  );

  it("GPU interconnect: checks its form before warning", () => {
    const attrs = "          attributes:\n            vendor:";
    const bad = checkSdl(
      TEMPLATE.replace(
        attrs,
        "          attributes:\n            interconnect: { group: auto }\n            vendor:",
      ),
      ctx,
    );
    expect(bad.diagnostics.map((d) => [d.severity, d.message])).toEqual([
      ["error", expect.stringContaining('uses the reserved group name "auto"')],
    ]);
    const good = checkSdl(
      TEMPLATE.replace(
        attrs,
        "          attributes:\n            interconnect: { group: rail-1 }\n            vendor:",
      ),
      ctx,
    );
    expect(good.diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining("cannot check GPU interconnect"),
    ]);
    expect(good.manifest).not.toBeNull();
  });

  it("a malformed newer field is an error, not a warning", () => {
    const text = TEMPLATE.replace("          units: 8\n", "          units: 8\n          arch: sparc\n");
    const { diagnostics, manifest } = checkSdl(text, ctx);
    const errors = diagnostics.filter((d) => d.severity === "error");
    expect(errors).toHaveLength(1);
    expect(text.split("\n")[(errors[0]?.range.startLine ?? 0) - 1]?.trim()).toBe("arch: sparc");
    expect(errors[0]?.message).toContain('"sparc" is not one of amd64, arm64');
    expect(manifest).toBeNull();
  });

  it("knows a field once chain-sdk's schema does", () => {
    const schema = chainSdk.validationSDLSchema as object;
    expect(schemaKnows(schema, NEWER.cpuArch.schemaPath)).toBe(false);
    expect(schemaKnows(schema, ["profiles", "compute", "*", "resources", "cpu", "units"])).toBe(true);
    const cpuWithArch = {
      type: "object",
      properties: {
        profiles: {
          properties: {
            compute: {
              additionalProperties: {
                properties: { resources: { properties: { cpu: { properties: { arch: {} } } } } },
              },
            },
          },
        },
      },
    };
    expect(schemaKnows(cpuWithArch, NEWER.cpuArch.schemaPath)).toBe(true);
  });
});
