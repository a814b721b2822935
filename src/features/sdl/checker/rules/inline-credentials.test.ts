import { describe, expect, it } from "vitest";
import { inlineCredentialsRule } from "./inline-credentials";
import { ruleContextFor } from "../../testing/rule-context";

function setup(credentials: string) {
  const text = `services:\n  app:\n    image: ghcr.io/me/app:1.0\n${credentials}`;
  return inlineCredentialsRule(ruleContextFor(text));
}

describe("inlineCredentialsRule", () => {
  it("notes at the credentials key that the password goes to the provider and is not stored", () => {
    const [d, ...rest] = setup(
      "    credentials:\n      host: ghcr.io\n      username: me\n      password: secret-token\n",
    );
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: "info", range: { startLine: 4, startColumn: 5 } });
    expect(d?.message).toMatch(/sent to the provider/);
    expect(d?.message).toMatch(/never stores it/);
    expect(d?.message).not.toContain("secret-token");
  });

  it("says nothing without credentials", () => {
    expect(setup("")).toEqual([]);
  });
});
