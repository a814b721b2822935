// @vitest-environment node
// What the checker tells a tenant, as a table: an edit to a template, the line the message sits
// on, and the message. Every message names its field and comes with what to write instead.
import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { describe, expect, it } from "vitest";
import { findTemplate } from "../templates/catalog";
import { checkSdl } from "./check-sdl";

const ctx = {
  engine: chainSdk,
  network: { name: "Local", kind: "local", deploymentDenom: "uact" },
  gpuOffers: null,
};

function edited(templateId: string, edits: Array<[string, string]>): string {
  let text = findTemplate(templateId)?.sdl ?? "";
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`fixture edit not found in ${templateId}: ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

/** [what, template, edits, [the line's text, the message]…] */
type Fixture = [string, string, Array<[string, string]>, ...Array<[string, string]>];

const OLLAMA_PRICE = 'The price amount of compute profile "ollama" in placement "akash"';

const FIXTURES: Fixture[] = [
  [
    "a typo in a profile name",
    "ollama-llm",
    [["profile: ollama", "profile: olama"]],
    ["profile: olama", 'No compute profile named "olama" (did you mean "ollama"?).'],
  ],
  [
    "CPU units in words",
    "ollama-llm",
    [["units: 8", "units: eight"]],
    ["units: eight", 'The CPU units of compute profile "ollama": "eight" is not a number.'],
  ],
  [
    "an infinite price",
    "ollama-llm",
    [["amount: 5081.666667", "amount: .inf"]],
    ["amount: .inf", `${OLLAMA_PRICE}: ".inf" is infinite.`],
  ],
  [
    "a price of 1e308",
    "ollama-llm",
    [["amount: 5081.666667", "amount: 1e308"]],
    ["amount: 1e308", `${OLLAMA_PRICE}: "1e308" uses an exponent.`],
  ],
  [
    "a negative price",
    "ollama-llm",
    [["amount: 5081.666667", "amount: -5"]],
    ["amount: -5", `${OLLAMA_PRICE}: "-5" is negative.`],
  ],
  [
    "a count of zero",
    "ollama-llm",
    [["count: 1", "count: 0"]],
    ["count: 0", '"count" of service "ollama" in placement "akash": "0" is less than 1.'],
  ],
  [
    "a fractional count",
    "ollama-llm",
    [["count: 1", "count: 1.5"]],
    ["count: 1.5", '"count" of service "ollama" in placement "akash": "1.5" is not a whole number.'],
  ],
  [
    "a port past 65535",
    "ollama-llm",
    [["port: 11434", "port: 70000"]],
    ["- port: 70000", 'The port of expose entry 1 of service "ollama": "70000" is more than 65,535.'],
  ],
  [
    "as: 0",
    "ollama-llm",
    [["as: 11434", "as: 0"]],
    ["as: 0", '"as" of expose entry 1 of service "ollama": "0" is less than 1.'],
  ],
  [
    "a memory size in Gb",
    "ollama-llm",
    [["size: 32Gi", "size: 32Gb"]],
    ["size: 32Gb", 'The memory size of compute profile "ollama": "32Gb" has the unknown unit "Gb".'],
  ],
  [
    "a memory size of 1e308Gi",
    "ollama-llm",
    [["size: 32Gi", "size: 1e308Gi"]],
    ["size: 1e308Gi", 'The memory size of compute profile "ollama": "1e308Gi" is not a size.'],
  ],
  [
    "GPU RAM that is not a size",
    "ollama-llm",
    [["ram: 80Gi\n                - model: a100", "ram: lots\n                - model: a100"]],
    ["ram: lots", 'The RAM of GPU entry 1 under "nvidia" of compute profile "ollama": "lots" is not a size.'],
  ],
  [
    "an http_options timeout with an exponent",
    "web-server",
    [["      - port: 80\n", "      - port: 80\n        http_options:\n          read_timeout: 1e21\n"]],
    [
      "read_timeout: 1e21",
      'The http_options.read_timeout of expose entry 1 of service "web": "1e21" uses an exponent.',
    ],
  ],
  [
    "more CPU than a replica may have",
    "ollama-llm",
    [["units: 8", "units: 1000"]],
    [
      "units: 1000",
      'The CPU units of compute profile "ollama" are 1,000 CPU; the chain accepts 0.01 to 384 per replica.',
    ],
  ],
  [
    "a misspelt field",
    "ollama-llm",
    [["    image: ollama", "    imgae: ollama"]],
    ["imgae: ollama/ollama:0.5.7", '"imgae" is not allowed in service "ollama".'],
  ],
  [
    "a misspelt GPU vendor",
    "ollama-llm",
    [["              nvidia:", "              nvdia:"]],
    ["nvdia:", '"nvdia" is not allowed as a GPU vendor.'],
  ],
  [
    "a price in AKT",
    "ollama-llm",
    [["denom: uact", "denom: uakt"]],
    [
      "denom: uakt",
      "Deployments on Local are priced in ACT (uact); the chain rejects a price in AKT (uakt).",
    ],
  ],
  [
    "a deployment of a service that does not exist",
    "ollama-llm",
    [["deployment:\n  ollama:", "deployment:\n  olama:"]],
    ["ollama:", 'Service "ollama" is not listed under deployment, so it will not run.'],
    ["olama:", 'No service named "olama" (did you mean "ollama"?).'],
  ],
  [
    "a placement without a price for its profile",
    "ollama-llm",
    [["        ollama:\n          denom", "        other:\n          denom"]],
    [
      "pricing:",
      'Placement "akash" has no price for compute profile "ollama", which service "ollama" uses there.',
    ],
  ],
  [
    "a mount to a volume the profile lacks",
    "ollama-llm",
    [["        models:\n          mount", "        modelz:\n          mount"]],
    [
      "ollama:",
      'Service "ollama" does not mount the persistent volume "models" of compute profile "ollama".',
    ],
    ["modelz:", 'No volume in compute profile "ollama" named "modelz" (did you mean "models"?).'],
  ],
  [
    "a relative mount path",
    "ollama-llm",
    [["mount: /root/.ollama", "mount: root/.ollama"]],
    [
      "mount: root/.ollama",
      'The mount of volume "models" in service "ollama": "root/.ollama" is not an absolute path (it must start with /).',
    ],
  ],
  [
    "a missing image",
    "ollama-llm",
    [["    image: ollama/ollama:0.5.7\n", ""]],
    ["ollama:", '"image" is missing from service "ollama".'],
  ],
  [
    "a repeated key",
    "ollama-llm",
    [["    image: ollama/ollama:0.5.7\n", "    image: ollama/ollama:0.5.7\n    image: nginx:1.27\n"]],
    ["image: nginx:1.27", '"image" is written twice here (first on line 5).'],
  ],
  [
    "a tab as indentation",
    "ollama-llm",
    [["      - OLLAMA_HOST", "\t- OLLAMA_HOST"]],
    ["env:", "A key runs over more than one line."],
    ["- OLLAMA_HOST=0.0.0.0:11434", "A tab is used for indentation here."],
    ["params:", "This line is indented differently from the lines around it."],
  ],
  [
    "an unclosed quote",
    "ollama-llm",
    [['version: "2.0"', 'version: "2.0']],
    ['version: "2.0', "A quoted value is not closed."],
  ],
  [
    "an image tagged latest",
    "ollama-llm",
    [["image: ollama/ollama:0.5.7", "image: ollama/ollama:latest"]],
    ["image: ollama/ollama:latest", 'The image of "ollama" uses "latest", which can change under you.'],
  ],
  // Go parity: the provider's parser leaves a service that no deployment names out, and so do we.
  [
    "a service that is defined but not deployed",
    "ollama-llm",
    [["services:\n", "services:\n  extra:\n    image: nginx:1.27\n"]],
    ["extra:", 'Service "extra" is not listed under deployment, so it will not run.'],
  ],
  [
    "cpu.arch with a value no provider knows",
    "ollama-llm",
    [["          units: 8\n", "          units: 8\n          arch: x86\n"]],
    ["arch: x86", '"arch" of the CPU of compute profile "ollama": "x86" is not one of amd64, arm64.'],
  ],
];

describe("the checker's messages", () => {
  it.each(FIXTURES)("%s", (_what, template, edits, ...expected) => {
    const text = edited(template, edits);
    const lines = text.split("\n");
    const { diagnostics } = checkSdl(text, ctx);
    expect(diagnostics.map((d) => [lines[d.range.startLine - 1]?.trim(), d.message])).toEqual(expected);
    for (const d of diagnostics) {
      // says what to write instead, and is marked on the field, not the first line
      expect(d.hint).toMatch(/\w{3,}/);
      expect(d.range.startLine).toBeGreaterThan(1);
    }
  });

  it("reads every template clean, so each fixture above is the only problem in its text", () => {
    for (const id of ["ollama-llm", "web-server"])
      expect(checkSdl(edited(id, []), ctx).diagnostics).toEqual([]);
  });
});

// Issue #14: odd numbers reached MsgCreateDeployment as Infinity or 1e+308. Every numeric field,
// with every odd spelling, is an error on that field's line, and nothing is built.
const NUMERIC_FIELDS: Array<[string, string, string]> = [
  ["ollama-llm", "amount: 5081.666667", "amount"],
  ["ollama-llm", "count: 1", "count"],
  ["ollama-llm", "port: 11434", "port"],
  ["ollama-llm", "as: 11434", "as"],
  ["ollama-llm", "units: 8", "units"],
  ["ollama-llm", "units: 1\n", "units"],
  ["ollama-llm", "size: 32Gi", "size"],
  ["ollama-llm", "size: 20Gi", "size"],
  ["ollama-llm", "size: 100Gi", "size"],
  ["ollama-llm", "ram: 80Gi", "ram"],
];
const ODD_NUMBERS = [".inf", "-.inf", ".nan", "1e308", "1e21", "-1", "99999999999999999999999"];

describe("numbers the chain cannot take", () => {
  const cases = NUMERIC_FIELDS.flatMap(([template, line, field]) =>
    ODD_NUMBERS.map((odd) => [template, line, field, odd] as const),
  );
  it.each(cases)("%s %j as %s: %s is a located error", (template, line, field, odd) => {
    const replaced = line.replace(/: .*?(\n?)$/, `: ${odd}$1`);
    const text = edited(template, [[line, replaced]]);
    const { diagnostics, manifest } = checkSdl(text, ctx);
    const errors = diagnostics.filter((d) => d.severity === "error");
    expect(manifest).toBeNull();
    expect(errors.length).toBeGreaterThan(0);
    const first = errors[0];
    expect(first?.path[first.path.length - 1]).toBe(field);
    expect(text.split("\n")[(first?.range.startLine ?? 0) - 1]?.trim()).toContain(`${field}: ${odd}`);
  });
});

// Issue #17: providers parse SDL with the Go parser; where chain-sdk's TypeScript validation
// refuses what Go accepts, the checker follows Go and builds what the provider will run.
describe("as the provider's Go parser reads it", () => {
  it("builds an SDL with a service that is defined but not deployed, without that service", () => {
    const text = edited("ollama-llm", [["services:\n", "services:\n  extra:\n    image: nginx:1.27\n"]]);
    const { diagnostics, manifest } = checkSdl(text, ctx);
    expect(diagnostics.map((d) => d.severity)).toEqual(["warning"]);
    expect(manifest?.groups.flatMap((g) => g.services.map((s) => s.name))).toEqual(["ollama"]);
  });

  it("reads nvidia: with no models as any NVIDIA GPU", () => {
    const models =
      "              nvidia:\n                - model: h100\n                  ram: 80Gi\n                - model: a100\n                  ram: 80Gi\n";
    const { diagnostics, manifest } = checkSdl(
      edited("ollama-llm", [[models, "              nvidia:\n"]]),
      ctx,
    );
    expect(diagnostics).toEqual([]);
    const gpu = manifest?.groups[0]?.services[0]?.resources?.gpu;
    expect(gpu?.attributes).toEqual([{ key: "vendor/nvidia/model/*", value: "true" }]);
  });

  it.each(["2", "2.0", "v2.0.0"])("reads version: %s as 2.0", (version) => {
    const { diagnostics, manifest } = checkSdl(
      edited("ollama-llm", [['version: "2.0"', `version: ${version}`]]),
      ctx,
    );
    expect(diagnostics).toEqual([]);
    expect(manifest).not.toBeNull();
  });
});
