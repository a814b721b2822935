import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENV_VARIABLES, loadServerConfig } from "./config";

describe("configuration from the environment", () => {
  it("has defaults that run the console on loopback", () => {
    expect(loadServerConfig({})).toEqual({
      port: 4180,
      host: "127.0.0.1",
      distDir: "dist",
      publicHosts: [],
      allowedOrigins: [],
      trustedProxies: 0,
      defaultNetwork: undefined,
      walletConnectProjectId: null,
      localnetFile: null,
      limits: { ratePerMinute: 1200, burst: 200, maxConcurrent: 64 },
      drain: { delayMs: 0, deadlineMs: 25_000 },
      logLevel: "info",
    });
  });

  it("reads every variable", () => {
    const config = loadServerConfig({
      PORT: "8080",
      CONSOLE_HOST: "0.0.0.0",
      CONSOLE_DIST_DIR: "",
      CONSOLE_PUBLIC_HOSTS: "console.example.com,*.example.org",
      CONSOLE_ALLOWED_ORIGINS: "https://app.example.com",
      CONSOLE_TRUSTED_PROXIES: "1",
      CONSOLE_DEFAULT_NETWORK: "mainnet",
      WALLETCONNECT_PROJECT_ID: "abc",
      CONSOLE_LOCALNET_FILE: "/data/localnet.json",
      PROXY_RATE_LIMIT_PER_MINUTE: "0",
      PROXY_RATE_BURST: "10",
      PROXY_MAX_CONCURRENT_PER_CLIENT: "8",
      CONSOLE_DRAIN_DELAY_MS: "5000",
      CONSOLE_DRAIN_TIMEOUT_MS: "20000",
      CONSOLE_LOG_LEVEL: "warn",
    });
    expect(config).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      distDir: null,
      publicHosts: ["console.example.com", "*.example.org"],
      allowedOrigins: ["https://app.example.com"],
      trustedProxies: 1,
      defaultNetwork: "mainnet",
      walletConnectProjectId: "abc",
      localnetFile: "/data/localnet.json",
      limits: { ratePerMinute: 0, burst: 10, maxConcurrent: 8 },
      drain: { delayMs: 5000, deadlineMs: 20000 },
      logLevel: "warn",
    });
  });

  it.each([
    [{ PORT: "http" }, /PORT/],
    [{ PORT: "70000" }, /PORT/],
    [{ CONSOLE_LOG_LEVEL: "loud" }, /CONSOLE_LOG_LEVEL/],
    [{ CONSOLE_PUBLIC_HOSTS: "https://x.example" }, /CONSOLE_PUBLIC_HOSTS/],
    [{ CONSOLE_TRUSTED_PROXIES: "-1" }, /CONSOLE_TRUSTED_PROXIES/],
    [{ CONSOLE_ALLOWED_ORIGINS: "*" }, /CONSOLE_ALLOWED_ORIGINS/],
  ])("refuses %j with the variable's name", (env, message) => {
    expect(() => loadServerConfig(env)).toThrow(message);
  });

  it("documents every variable in docs/self-hosting.md", () => {
    const doc = readFileSync(new URL("../docs/self-hosting.md", import.meta.url), "utf8");
    for (const name of ENV_VARIABLES) expect(doc).toContain(`\`${name}\``);
  });
});
