import { describe, expect, it } from "vitest";
import { buildBeginBody, buildNextBody } from "./build";
import { sealReceipt, sha256Hex } from "./canonical";
import { makeHeader, toJsonExport, toJsonlExport } from "./export-format";
import { redactSdl, scrubString } from "./redact";
import { SAMPLE_SDL, sampleBegin } from "../testing/sample-chain";

const JWT =
  "eyJhbGciOiJFUzI1NktBRFIzNiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJha2FzaDFhYmMiLCJleHAiOjE3MDAwMDAwMDB9.c2lnbmF0dXJlLWJ5dGVzLWhlcmUtYW5kLW1vcmU";

/** Every secret the tamper study planted, and a few more; none may reach a receipt or an export. */
const PLANTED = {
  postgres: "pg-Secret-8841",
  redis: "redis-Secret-5521",
  sentryKey: "5f1e9b2c7d3a4e6f8a0b1c2d3e4f5a6b",
  aliased: "alias-Secret-1177",
  comment: "comment-Secret-9931",
  registry: "registry-Secret-4410",
  apiToken: "token-Secret-3322",
  plainEnv: "plain-value-7788",
  logToken: "log-token-6605",
  memoToken: "memo-token-2290",
  reasonPassword: "reason-pw-1016",
  mongo: "mongo-Secret-8080",
  libpq: "libpq-Secret-3131",
};

const PLANTED_SDL = `version: "2.0"
x-shared:
  db-password: &dbpw ${PLANTED.aliased}   # ${PLANTED.comment}
services:
  web:
    image: ghcr.io/team/web:1.2.3
    # admin password is ${PLANTED.comment}
    credentials:
      host: ghcr.io
      username: deployer
      password: ${PLANTED.registry}
    env:
      - DATABASE_URL=postgres://app:${PLANTED.postgres}@db.internal:5432/app
      - REDIS_URL=redis://:${PLANTED.redis}@cache:6379/0
      - SENTRY_DSN=https://${PLANTED.sentryKey}@o4504.ingest.sentry.io/42
      - API_TOKEN=${PLANTED.apiToken}
      - GREETING=${PLANTED.plainEnv}
    args:
      - --db-password
      - *dbpw
      - --mongo=mongodb+srv://svc:${PLANTED.mongo}@cluster0.example.net/db
      - "host=db user=app password=${PLANTED.libpq} dbname=app"
    expose:
      - port: 80
        to: [{ global: true }]
profiles:
  compute:
    web:
      resources: { cpu: { units: 1 }, memory: { size: 512Mi }, storage: { size: 1Gi } }
`;

function setup() {
  const meta = { id: "x1", timestamp: "2026-11-21T20:00:00.000Z" };
  return { meta };
}

async function plantedReceipts() {
  const { meta } = setup();
  const begin = sampleBegin(0, {
    request: { sdl: PLANTED_SDL, memo: `deploy token=${PLANTED.memoToken}` },
    reason: `rotate password=${PLANTED.reasonPassword}`,
  });
  const pending = await sealReceipt(await buildBeginBody(begin, meta), null);
  const rawLog = `provider said: unauthorized (token=${PLANTED.logToken}); Bearer ${JWT}`;
  const final = await sealReceipt(
    buildNextBody(
      pending,
      "failed",
      { rawLog, status: `failed: Authorization: Basic ${PLANTED.logToken}` },
      { ...meta, id: "x2" },
    ),
    pending.sha256,
  );
  return [pending, final];
}

describe("redaction", () => {
  it("keeps env names but no env value, and no registry password", async () => {
    const copy = (await redactSdl(SAMPLE_SDL))!;
    expect(copy).not.toContain("sample-registry-password");
    expect(copy).not.toContain("sample-env-token");
    expect(copy).not.toContain("production");
    expect(copy).toContain("password: <redacted>");
    expect(copy).toContain("- API_TOKEN=<redacted>");
    expect(copy).toContain("- MODE=<redacted>");
    expect(copy).toContain("username: deployer");
    expect(copy).toContain("image: registry.example.com/team/web:1.2.3");
  });

  it("resolves aliases first, so a password reached through one is gone from its anchor too", async () => {
    const copy = (await redactSdl(PLANTED_SDL))!;
    expect(copy).not.toContain(PLANTED.aliased);
    expect(copy).toContain("db-password: <redacted>");
    expect(copy).not.toMatch(/[&*]dbpw/);
  });

  it("drops comments and scrubs DSNs and key=value secrets in any string of the SDL", async () => {
    const copy = (await redactSdl(PLANTED_SDL))!;
    expect(copy).not.toContain("#");
    expect(copy).toContain("mongodb+srv://<redacted>@cluster0.example.net/db");
    expect(copy).toContain("password=<redacted> dbname=app");
    expect(copy).toContain("global: true");
  });

  it("keeps no copy and no hash of an SDL that is not YAML, nor of an alias bomb", async () => {
    const { meta } = setup();
    const body = await buildBeginBody(sampleBegin(0, { request: { sdl: "services: [unclosed" } }), meta);
    expect(body.request).toMatchObject({ sdlRedacted: null, sdlHash: null });
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ..."bcdefgh".split("").map((k, i) => {
        const prev = "abcdefgh"[i]!;
        return `${k}: &${k} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
    ].join("\n");
    expect(await redactSdl(bomb)).toBeNull();
  });

  it("hashes the redacted copy, never the SDL as written", async () => {
    const [pending] = await plantedReceipts();
    expect(pending!.request.sdlHash).toBe(await sha256Hex(pending!.request.sdlRedacted!));
    expect(pending!.request.sdlHash).not.toBe(await sha256Hex(PLANTED_SDL));
  });

  it("scrubs JWTs, bearer tokens, Authorization values, URL userinfo and secret pairs from any string", () => {
    expect(scrubString(`provider said: ${JWT} denied`)).toBe("provider said: <redacted> denied");
    expect(scrubString("Authorization: Bearer abc.def-ghi")).toBe("Authorization: Bearer <redacted>");
    expect(scrubString("Authorization: Basic dXNlcjpwYXNz")).toBe("Authorization: Basic <redacted>");
    expect(scrubString("dial postgres://app:pw@db:5432/x")).toBe("dial postgres://<redacted>@db:5432/x");
    expect(scrubString("redis://:pw@cache:6379")).toBe("redis://<redacted>@cache:6379");
    expect(scrubString("https://k3y@o1.ingest.sentry.io/2")).toBe("https://<redacted>@o1.ingest.sentry.io/2");
    expect(scrubString("GET /x?token=abc&page=2")).toBe("GET /x?token=<redacted>&page=2");
    expect(scrubString('{"client_secret":"s3"}')).toBe('{"client_secret":"<redacted>"}');
    expect(scrubString("DB_PASS=xyz other")).toBe("DB_PASS=<redacted> other");
  });

  it("leaves ordinary chain and wallet messages as they are", () => {
    for (const text of [
      "Could not get a token from your wallet: user rejected",
      "out of gas in location: ReadFlat; gasWanted: 100, gasUsed: 200",
      "account sequence mismatch, expected 8, got 7: incorrect account sequence",
      "signature verification failed; please verify account number (5) and chain-id (akash): unauthorized",
      "https://provider.example.com:8443/deployment/5/manifest",
    ])
      expect(scrubString(text)).toBe(text);
  });

  it("lets no planted secret into a sealed receipt, nor into either export format", async () => {
    const receipts = await plantedReceipts();
    const header = makeHeader(receipts, [], "2026-11-21T20:00:00.000Z");
    const written = [
      JSON.stringify(receipts),
      toJsonExport(header, receipts),
      toJsonlExport(header, receipts),
    ];
    for (const text of written) {
      for (const [name, secret] of Object.entries(PLANTED)) expect(text, name).not.toContain(secret);
      expect(text).not.toContain(JWT.split(".")[1]!);
    }
    const [pending, final] = receipts;
    expect(pending!.request.sdlRedacted).toContain("- DATABASE_URL=<redacted>");
    expect(pending!.request.memo).toBe("deploy token=<redacted>");
    expect(pending!.reason).toBe("rotate password=<redacted>");
    expect(final!.response.rawLog).toBe("provider said: unauthorized (token=<redacted>); Bearer <redacted>");
    expect(final!.response.status).toBe("failed: Authorization: Basic <redacted>");
  });
});
