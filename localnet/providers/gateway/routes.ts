// The provider gateway's REST routes (PROV gateway/rest/router.go): unauthenticated /version,
// /address, /status; JWT-authorised PUT /deployment/{dseq}/manifest and the lease routes, with
// the same order of checks and the same answers as the real provider.
import type http from "node:http";
import {
  type Scope,
  authorizeForDeployment,
  authorizeForLease,
  authorizeForProvider,
} from "../auth/claims.ts";
import { UNAUTHORIZED } from "../auth/jwt.ts";
import { type GatewayContext, leaseKey } from "./context.ts";
import { sendAuthFailure, sendJson, sendText } from "./respond.ts";
import type { Claims } from "../auth/claims.ts";

export const LEASE_PATH =
  /^\/lease\/(\d+)\/(\d+)\/(\d+)\/(status|manifest|logs|kubeevents|shell|service\/([^/]+)\/status)$/;
const MANIFEST_PATH = /^\/deployment\/(\d+)\/manifest$/;
const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;

export const LEASE_SCOPES: Record<string, Scope> = {
  status: "status",
  manifest: "get-manifest",
  logs: "logs",
  kubeevents: "events",
  shell: "shell",
};

export function versionBody(): unknown {
  return {
    akash: {
      name: "provider-services",
      server_name: "provider-services",
      version: "v0.10.4-localnet",
      commit: "localnet",
      build_tags: "netgo,ledger,mainnet",
      go: "go version go1.24.3 linux/amd64",
      cosmos_sdk_version: "v0.53.7-akash.1",
    },
    kube: { major: "1", minor: "31", gitVersion: "v1.31.4+k3s1", platform: "linux/amd64" },
  };
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= MAX_MANIFEST_BYTES) chunks.push(c);
    });
    req.on("end", () => resolve(size > MAX_MANIFEST_BYTES ? null : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Authenticates and checks provider-level access; answers the request itself on failure. */
export async function authorize(
  ctx: GatewayContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<Claims | null> {
  const auth = await ctx.authenticate(req);
  if (!auth.ok) {
    ctx.log.debug("auth refused", { path: req.url, reason: auth.reason });
    sendAuthFailure(res, auth.failure);
    return null;
  }
  if (!authorizeForProvider(auth.claims, ctx.address)) {
    sendAuthFailure(res, UNAUTHORIZED);
    return null;
  }
  return auth.claims;
}

async function handleManifest(
  ctx: GatewayContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  dseq: string,
): Promise<void> {
  const claims = await authorize(ctx, req, res);
  if (!claims) return;
  const owner = claims.iss;
  if (
    !authorizeForDeployment(claims, owner, Number(dseq), ctx.address) ||
    !authorizeForDeployment(claims, owner, Number(dseq), ctx.address, "send-manifest")
  ) {
    sendAuthFailure(res, UNAUTHORIZED);
    return;
  }
  const body = await readBody(req);
  if (body === null) return sendText(res, 413, "http: request body too large");
  const answer = await ctx.submitManifest(owner, dseq, body);
  if (answer.status === 200) {
    res.writeHead(200).end();
    return;
  }
  sendText(res, answer.status, answer.message ?? "");
}

async function handleLease(
  ctx: GatewayContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  m: RegExpExecArray,
): Promise<void> {
  const [, dseq = "", gseq = "", oseq = "", action = "", serviceName] = m;
  const claims = await authorize(ctx, req, res);
  if (!claims) return;
  const lease = {
    owner: claims.iss,
    dseq: Number(dseq),
    gseq: Number(gseq),
    oseq: Number(oseq),
    provider: ctx.address,
  };
  const scope = serviceName ? "status" : LEASE_SCOPES[action];
  if (!authorizeForLease(claims, lease) || !scope || !authorizeForLease(claims, lease, scope)) {
    sendAuthFailure(res, UNAUTHORIZED);
    return;
  }
  const key = leaseKey(claims.iss, dseq, gseq, oseq);
  const workload = ctx.workload(key);
  if (action === "manifest") {
    const manifest = ctx.manifestOf(key);
    if (!manifest) return sendText(res, 404, "kube: no manifest for lease");
    res.writeHead(200, { "content-type": "application/json; charset=UTF-8" }).end(manifest);
    return;
  }
  if (!workload) return sendText(res, 404, "kube: lease not found");
  if (!serviceName) return sendJson(res, 200, workload.status());
  const svc = workload.status().services[serviceName];
  if (!svc) return sendText(res, 404, "no service for that lease");
  sendJson(res, 200, svc);
}

export async function route(
  ctx: GatewayContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", "https://provider.invalid");
  const path = url.pathname;
  if (req.method === "GET" && path === "/version") return sendJson(res, 200, versionBody());
  if (req.method === "GET" && path === "/address") return sendJson(res, 200, { address: ctx.address });
  if (req.method === "GET" && path === "/status") return sendJson(res, 200, ctx.providerStatus());
  const manifest = MANIFEST_PATH.exec(path);
  if (manifest && req.method === "PUT") return handleManifest(ctx, req, res, manifest[1] ?? "");
  const lease = LEASE_PATH.exec(path);
  if (lease && req.method === "GET" && !["logs", "kubeevents", "shell"].includes(lease[4] ?? "")) {
    return handleLease(ctx, req, res, lease);
  }
  // gorilla's upgrader answers a plain GET on a websocket route with 400 Bad Request.
  if (lease && req.method === "GET") return sendText(res, 400, "Bad Request");
  if (manifest || lease) return sendText(res, 405, "");
  sendText(res, 404, "404 page not found");
}
