import { toBech32 } from "@cosmjs/encoding";
import { describe, expect, it } from "vitest";
import {
  type Claims,
  authorizeForDeployment,
  authorizeForLease,
  authorizeForProvider,
  validateClaims,
} from "./claims.ts";

const address = (fill: number) => toBech32("akash", new Uint8Array(20).fill(fill));
const OWNER = address(1);
const PROVIDER = address(2);
const OTHER = address(3);

function setup(leases: Claims["leases"], extra: Partial<Claims> = {}): Claims {
  return { iss: OWNER, iat: 1, nbf: 1, exp: 2, version: "v1", leases, ...extra };
}

const lease = { owner: OWNER, dseq: 42, gseq: 1, oseq: 1, provider: PROVIDER };

describe("validateClaims", () => {
  it("accepts the three access forms of chain-sdk's schema", () => {
    expect(validateClaims(setup({ access: "full" }))).toBeNull();
    expect(validateClaims(setup({ access: "scoped", scope: ["logs", "status"] }))).toBeNull();
    const granular = {
      access: "granular",
      permissions: [
        {
          provider: PROVIDER,
          access: "granular",
          deployments: [{ dseq: 42, scope: ["logs"], services: ["web"] }],
        },
      ],
    };
    expect(validateClaims(setup(granular))).toBeNull();
  });

  it("rejects what Claims.Validate rejects", () => {
    expect(validateClaims(setup({ access: "full" }, { version: "v2" }))).toBe("invalid version");
    expect(validateClaims(setup({ access: "full" }, { exp: undefined }))).toBe("missing expiration time");
    expect(validateClaims(setup({ access: "full" }, { iss: "cosmos1abc" }))).toBe("invalid issuer");
    expect(validateClaims(setup({ access: "scoped", scope: [] }))).toMatch(/must have scope/);
    expect(validateClaims(setup({ access: "scoped", scope: ["logs", "logs"] }))).toMatch(/duplicate scope/);
    expect(validateClaims(setup({ access: "scoped", scope: ["teleport"] }))).toMatch(/invalid scope/);
    expect(validateClaims(setup({ access: "full", scope: ["logs"] }))).not.toBeNull();
    expect(validateClaims(setup({ access: "admin" }))).toMatch(/invalid access type/);
  });
});

describe("authorization", () => {
  it("scoped tokens reach only their scopes", () => {
    const c = setup({ access: "scoped", scope: ["status"] });
    expect(authorizeForProvider(c, PROVIDER)).toBe(true);
    expect(authorizeForLease(c, lease, "status")).toBe(true);
    expect(authorizeForLease(c, lease, "logs")).toBe(false);
    expect(authorizeForDeployment(c, OWNER, 42, PROVIDER, "send-manifest")).toBe(false);
  });

  it("granular tokens reach only their provider, deployment, group and order", () => {
    const c = setup({
      access: "granular",
      permissions: [
        {
          provider: PROVIDER,
          access: "granular",
          deployments: [{ dseq: 42, gseq: 1, scope: ["logs"], services: ["web"] }],
        },
      ],
    });
    expect(authorizeForProvider(c, OTHER)).toBe(false);
    expect(authorizeForLease(c, lease, "logs")).toBe(true);
    expect(authorizeForLease(c, { ...lease, gseq: 2 }, "logs")).toBe(false);
    expect(authorizeForLease(c, { ...lease, dseq: 43 }, "logs")).toBe(false);
  });

  it("never authorizes another owner's deployment", () => {
    const c = setup({ access: "full" }, { iss: OTHER });
    expect(authorizeForLease(c, lease, "status")).toBe(false);
    expect(authorizeForDeployment(c, OWNER, 42, PROVIDER, "send-manifest")).toBe(false);
  });
});
