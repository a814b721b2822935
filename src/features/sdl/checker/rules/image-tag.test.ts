import { describe, expect, it } from "vitest";
import { imageTag, imageTagRule } from "./image-tag";
import { ruleContextFor } from "../../testing/rule-context";

function setup(image: string) {
  const text = `services:\n  web:\n    image: ${image}\n`;
  return imageTagRule(ruleContextFor(text));
}

describe("imageTag", () => {
  it("reads tags, ignores registry ports and treats digests as pinned", () => {
    expect(imageTag("nginx")).toBeNull();
    expect(imageTag("nginx:1.27")).toBe("1.27");
    expect(imageTag("registry.example:5000/team/app")).toBeNull();
    expect(imageTag("registry.example:5000/team/app:2.0")).toBe("2.0");
    expect(imageTag("nginx@sha256:abcd")).toBe("sha256:abcd");
  });
});

describe("imageTagRule", () => {
  it("warns about an untagged image at the image value", () => {
    const [d, ...rest] = setup("nginx");
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      severity: "warning",
      source: "image-tag",
      range: { startLine: 3, startColumn: 12 },
    });
    expect(d?.message).toMatch(/no tag/);
  });

  it("warns about latest", () => {
    expect(setup("nginx:latest")[0]?.message).toMatch(/"latest"/);
  });

  it("accepts a pinned version", () => {
    expect(setup("nginx:1.27-alpine")).toEqual([]);
  });
});
