import { describe, expect, it } from "vitest";
import { findTemplate } from "../templates/catalog";
import { redactEnvValues, redactSecrets } from "./redact";

function setup() {
  return { sdl: findTemplate("private-registry")?.sdl ?? "" };
}

describe("redactSecrets", () => {
  it("blanks registry passwords and keeps everything else byte for byte", () => {
    const { sdl } = setup();
    const { text, redacted } = redactSecrets(sdl);
    expect(redacted).toBe(1);
    expect(text).not.toContain("paste-a-read-only-token");
    expect(text).toContain('      password: ""\n');
    expect(text.replace('password: ""', "password: paste-a-read-only-token")).toBe(sdl);
  });

  it("blanks password lines even when the YAML does not parse", () => {
    const { text, redacted } = redactSecrets(
      "services:\n  app:\n    credentials:\n      password: hunter22\n  [",
    );
    expect(redacted).toBe(1);
    expect(text).not.toContain("hunter22");
  });

  it("leaves SDLs without credentials unchanged", () => {
    const sdl = findTemplate("web-server")?.sdl ?? "";
    expect(redactSecrets(sdl)).toEqual({ text: sdl, redacted: 0 });
  });
});

describe("redactEnvValues", () => {
  const sdl = `version: "2.0"
services:
  web:
    image: nginx
    env:
      - API_KEY=sk-live-1 # the key
      - 'DB_URL=postgres://u:p@h/db'
      - NO_VALUE
    args: ["--token", "kept-as-written"]
  api:
    image: api
    env: ["MODE=prod"]
`;

  it("replaces every env value and keeps the names, comments and everything else", () => {
    const { text, redacted } = redactEnvValues(sdl);
    expect(redacted).toBe(3);
    expect(text).not.toMatch(/sk-live-1|postgres:|MODE=prod/);
    expect(text).toContain('- "API_KEY=<redacted>" # the key');
    expect(text).toContain('- "DB_URL=<redacted>"');
    expect(text).toContain("- NO_VALUE");
    expect(text).toContain('env: ["MODE=<redacted>"]');
    expect(text).toContain("kept-as-written");
    expect(redactEnvValues(text)).toEqual({ text, redacted: 0 });
  });

  it("blanks env-looking lines of text that is not YAML", () => {
    const broken = "services:\n  web:\n    env:\n      - TOKEN=abc\n   bad: [\n";
    const { text } = redactEnvValues(broken);
    expect(text).toContain("- TOKEN=<redacted>");
    expect(text).not.toContain("abc");
  });
});
