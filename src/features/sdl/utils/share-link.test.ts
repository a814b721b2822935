import { describe, expect, it } from "vitest";
import { findTemplate } from "../templates/catalog";
import { decodeShareFragment, encodeShareFragment } from "./share-link";

function setup() {
  return { sdl: findTemplate("ollama-llm")?.sdl ?? "" };
}

describe("share links", () => {
  it("round-trips an SDL through a compact URL fragment", () => {
    const { sdl } = setup();
    const fragment = encodeShareFragment(sdl);
    expect(fragment).toMatch(/^sdl=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(sdl.length);
    expect(decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, sdl });
  });

  it("ignores fragments that carry no SDL", () => {
    expect(decodeShareFragment("#section")).toBeNull();
    expect(decodeShareFragment("")).toBeNull();
  });

  it("explains a damaged link and refuses one that inflates past the SDL size limit", () => {
    const damaged = decodeShareFragment(`#${encodeShareFragment(setup().sdl).slice(0, 40)}`);
    expect(damaged).toMatchObject({ ok: false, error: expect.stringMatching(/damaged/) });
    const bomb = decodeShareFragment(`#${encodeShareFragment("a".repeat(2_000_000))}`);
    expect(bomb).toMatchObject({ ok: false, error: expect.stringMatching(/expands past/) });
  });
});
