import { describe, expect, it } from "vitest";
import { findTemplate } from "../templates/catalog";
import { redactSecrets } from "./redact";

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
