import { describe, expect, it } from "vitest";
import { imageKind } from "./imageKind.ts";
import { type LogContext, seededRandom, startupLines, steadyLine } from "./logLines.ts";

function setup(image: string): LogContext {
  return {
    kind: imageKind(image),
    image,
    service: "svc",
    port: 8000,
    gpuUnits: 1,
    gpuModel: "h100",
    rand: seededRandom("lease/svc"),
    now: () => new Date("2026-11-21T20:00:00Z"),
  };
}

describe("log lines", () => {
  it("recognises common images", () => {
    expect(imageKind("nginx:1.27")).toBe("nginx");
    expect(imageKind("postgres:16")).toBe("postgres");
    expect(imageKind("ollama/ollama:0.5.7")).toBe("ollama");
    expect(imageKind("vllm/vllm-openai:latest")).toBe("vllm");
    expect(imageKind("quay.io/jupyter/pytorch-notebook")).toBe("jupyter");
    expect(imageKind("ghcr.io/acme/api:2")).toBe("generic");
  });

  it("prints what the software prints when it starts", () => {
    expect(startupLines(setup("nginx:1.27")).join("\n")).toContain("nginx/1.27");
    expect(startupLines(setup("postgres:16")).join("\n")).toContain(
      "database system is ready to accept connections",
    );
    expect(startupLines(setup("vllm/vllm-openai")).join("\n")).toContain(
      "Uvicorn running on http://0.0.0.0:8000",
    );
    expect(startupLines(setup("ollama/ollama")).join("\n")).toContain('name="NVIDIA H100"');
  });

  it("produces steady, well-formed lines, the same for the same seed", () => {
    const a = setup("nginx:latest");
    const lines = Array.from({ length: 20 }, (_, i) => steadyLine(a, i));
    for (const l of lines)
      expect(l).toMatch(
        /^10\.42\.\d+\.\d+ - - \[21\/Nov\/2026:20:00:00 \+0000\] "GET \/\S* HTTP\/1\.1" \d{3} \d+ "-" ".+"$/,
      );
    const b = setup("nginx:latest");
    expect(Array.from({ length: 20 }, (_, i) => steadyLine(b, i))).toEqual(lines);
    expect(steadyLine(setup("vllm/vllm-openai"), 0)).toMatch(/Avg prompt throughput: [\d.]+ tokens\/s/);
  });
});
