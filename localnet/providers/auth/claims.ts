// JWT claims of provider authentication (AEP-64), mirroring chain-sdk's Go `util/jwt` Claims:
// the structural checks of Claims.Validate and the Authorize* rules the provider gateway applies
// per route. Pure, so every rule is unit-tested against tokens made by chain-sdk's TS code.
import { fromBech32 } from "@cosmjs/encoding";

export type Scope =
  | "send-manifest"
  | "get-manifest"
  | "logs"
  | "shell"
  | "events"
  | "status"
  | "restart"
  | "hostname-migrate"
  | "ip-migrate";

const VALID_SCOPES = new Set<string>([
  "send-manifest",
  "get-manifest",
  "logs",
  "shell",
  "events",
  "status",
  "restart",
  "hostname-migrate",
  "ip-migrate",
]);

export interface DeploymentPermission {
  dseq: number;
  gseq?: number;
  oseq?: number;
  scope: string[];
  services?: string[];
}

export interface Permission {
  provider: string;
  access: string;
  scope?: string[];
  deployments?: DeploymentPermission[];
}

export interface Claims {
  iss: string;
  iat?: number;
  nbf?: number;
  exp?: number;
  version?: string;
  leases: { access: string; scope?: string[]; permissions?: Permission[] };
}

export interface LeaseRef {
  owner: string;
  dseq: number;
  gseq: number;
  oseq: number;
  provider: string;
}

function isAkashAddress(value: string): boolean {
  try {
    return fromBech32(value).prefix === "akash";
  } catch {
    return false;
  }
}

function validateScopes(scopes: string[]): string | null {
  const seen = new Set<string>();
  for (const s of scopes) {
    if (!VALID_SCOPES.has(s)) return `invalid scope ${s}`;
    if (seen.has(s)) return `duplicate scope ${s}`;
    seen.add(s);
  }
  return null;
}

function validatePermission(p: Permission): string | null {
  if (!p.provider) return "empty provider";
  const scope = p.scope ?? [];
  const deployments = p.deployments ?? [];
  if (p.access === "full")
    return deployments.length || scope.length ? "full access cannot have scope or deployments" : null;
  if (p.access === "scoped") {
    if (p.deployments !== undefined) return "scoped access cannot have deployments set";
    return scope.length === 0 ? "scope access must have scope set" : validateScopes(scope);
  }
  if (p.access === "granular") {
    if (p.scope !== undefined) return "granular access cannot have scope set";
    if (deployments.length === 0) return "granular access must have permissions set";
    for (const d of deployments) {
      if (d.scope.length === 0) return "deployment permission scope must be set";
      if (!d.dseq) return "dseq must be set";
      if (d.oseq && !d.gseq) return "gseq must be set if oseq is set";
      const bad = validateScopes(d.scope);
      if (bad) return bad;
      const services = d.services ?? [];
      if (services.length === 0) return "empty services";
      if (new Set(services).size !== services.length) return "duplicate service";
    }
    return null;
  }
  return p.access ? `permission with invalid access type '${p.access}'` : "missing access type";
}

/** Claims.Validate of the Go package: the reason the claims are invalid, or null. */
export function validateClaims(c: Claims): string | null {
  if (!isAkashAddress(c.iss)) return "invalid issuer";
  if (c.iat === undefined) return "missing issued at";
  if (c.nbf === undefined) return "missing not before";
  if (c.exp === undefined) return "missing expiration time";
  if (c.version !== "v1") return "invalid version";
  const { access, scope, permissions } = c.leases;
  if (access === "full")
    return (permissions?.length ?? 0) > 0 || (scope?.length ?? 0) > 0
      ? "full access cannot have scope"
      : null;
  if (access === "scoped") {
    if (permissions !== undefined) return "scoped access cannot have permissions set";
    return !scope || scope.length === 0 ? "scope access must have scope set" : validateScopes(scope);
  }
  if (access === "granular") {
    if (!permissions || permissions.length === 0) return "granular access must have permissions set";
    const providers = new Set<string>();
    for (const p of permissions) {
      if (providers.has(p.provider)) return `duplicate provider ${p.provider}`;
      providers.add(p.provider);
      const bad = validatePermission(p);
      if (bad) return bad;
    }
    return null;
  }
  return access ? `invalid access type '${access}'` : "missing access type";
}

export function authorizeForProvider(c: Claims, provider: string): boolean {
  if (c.leases.access === "full" || c.leases.access === "scoped") return true;
  if (c.leases.access !== "granular") return false;
  return (c.leases.permissions ?? []).some((p) => p.provider === provider);
}

export function authorizeForDeployment(
  c: Claims,
  owner: string,
  dseq: number,
  provider: string,
  scope?: Scope,
): boolean {
  if (c.iss !== owner) return false;
  if (c.leases.access === "full") return true;
  if (c.leases.access === "scoped") return scope === undefined || (c.leases.scope ?? []).includes(scope);
  if (c.leases.access !== "granular") return false;
  const perm = (c.leases.permissions ?? []).find((p) => p.provider === provider);
  if (!perm) return false;
  if (perm.access === "full") return true;
  if (perm.access === "scoped") return scope === undefined || (perm.scope ?? []).includes(scope);
  return (perm.deployments ?? []).some(
    (d) => d.dseq === dseq && (scope === undefined || d.scope.includes(scope)),
  );
}

export function authorizeForLease(c: Claims, lease: LeaseRef, scope?: Scope): boolean {
  if (c.iss !== lease.owner) return false;
  if (c.leases.access === "full") return true;
  if (c.leases.access === "scoped") return scope === undefined || (c.leases.scope ?? []).includes(scope);
  if (c.leases.access !== "granular") return false;
  const perm = (c.leases.permissions ?? []).find((p) => p.provider === lease.provider);
  if (!perm) return false;
  if (perm.access === "full") return true;
  if (perm.access === "scoped") return scope === undefined || (perm.scope ?? []).includes(scope);
  return (perm.deployments ?? []).some(
    (d) =>
      d.dseq === lease.dseq &&
      (!d.gseq || d.gseq === lease.gseq) &&
      (!d.oseq || d.oseq === lease.oseq) &&
      (scope === undefined || d.scope.includes(scope)),
  );
}
