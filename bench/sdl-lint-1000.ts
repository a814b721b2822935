// sdl-lint-1000: milliseconds to lint a generated 1,000-line SDL with the studio's own checker
// function (guarded YAML parse, chain-sdk's generateManifest, our rules), median of repeated
// runs after warm-up. Target: under 100 ms, so linting never competes with typing.
import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { checkSdl } from "../src/features/sdl/checker/check-sdl";
import type { BenchResult } from "./lib/types";

const RUNS = 30;
const WARMUP = 5;

function service(i: number): { service: string; profile: string; pricing: string; deployment: string } {
  const name = `svc${i}`;
  return {
    service: [
      `  ${name}:`,
      `    image: ghcr.io/example/app-${i}:1.${i}.0`,
      "    env:",
      `      - INDEX=${i}`,
      "      - MODE=production",
      "    expose:",
      "      - port: 8080",
      "        as: 80",
      "        to:",
      "          - global: true",
    ].join("\n"),
    profile: [
      `    ${name}:`,
      "      resources:",
      "        cpu:",
      "          units: 0.5",
      "        memory:",
      "          size: 512Mi",
      "        storage:",
      "          - size: 1Gi",
    ].join("\n"),
    pricing: [`        ${name}:`, "          denom: uact", `          amount: ${10 + i}`].join("\n"),
    deployment: [`  ${name}:`, "    akash:", `      profile: ${name}`, "      count: 1"].join("\n"),
  };
}

/** An SDL of about `lines` lines: many small services, each with its profile, price and deployment. */
export function generateSdl(lines: number): string {
  const parts = [];
  for (let i = 0; i < Math.ceil(lines / 25); i++) parts.push(service(i));
  return [
    'version: "2.0"',
    "services:",
    ...parts.map((p) => p.service),
    "profiles:",
    "  compute:",
    ...parts.map((p) => p.profile),
    "  placement:",
    "    akash:",
    "      pricing:",
    ...parts.map((p) => p.pricing),
    "deployment:",
    ...parts.map((p) => p.deployment),
    "",
  ].join("\n");
}

export default async function run(): Promise<BenchResult[]> {
  const text = generateSdl(1000);
  const ctx = {
    engine: chainSdk,
    network: { name: "Mainnet", kind: "mainnet", deploymentDenom: "uact" },
    gpuOffers: [],
  };
  const check = checkSdl(text, ctx);
  const problems = check.diagnostics.filter((d) => d.severity !== "info");
  if (problems.length || !check.manifest)
    throw new Error(`the generated SDL must lint clean: ${problems[0]?.message ?? "no manifest"}`);
  for (let i = 0; i < WARMUP; i++) checkSdl(text, ctx);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    checkSdl(text, ctx);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  return [
    {
      bench: "sdl-lint-1000",
      value: Math.round(median * 10) / 10,
      unit: "ms",
      target: 100,
      lines: text.split("\n").length,
      p90: Math.round((times[Math.floor(times.length * 0.9)] ?? NaN) * 10) / 10,
    },
  ];
}
