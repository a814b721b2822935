import { describe, expect, it } from "vitest";
import { createHostGuard, hostnameOf, parsePublicHosts } from "./host-guard";

describe("the Host allowlist", () => {
  const loopbackOnly = createHostGuard();
  const publicToo = createHostGuard(parsePublicHosts("console.example.com, *.akash.example"));

  it.each(["127.0.0.1:4180", "localhost:4180", "LOCALHOST", "[::1]:4180", "127.0.0.1", "192.168.1.20:4180"])(
    "accepts the loopback name or IP literal %s by default",
    (host) => expect(loopbackOnly(host)).toBe(true),
  );

  it.each([
    "evil.test:4180", // DNS rebinding: a name the attacker controls, resolving to 127.0.0.1
    "localhost.evil.test",
    "app.localhost", // not resolved to loopback by every browser: not accepted
    "console.example.com",
    "",
    "127.0.0.1:4180 evil",
    "[evil]:80",
    "a@127.0.0.1",
  ])("refuses %j by default", (host) => expect(loopbackOnly(host)).toBe(false));

  it("refuses a missing Host", () => expect(loopbackOnly(undefined)).toBe(false));

  it("accepts configured public names, exactly or below a wildcard", () => {
    expect(publicToo("console.example.com")).toBe(true);
    expect(publicToo("Console.Example.com.:443")).toBe(true);
    expect(publicToo("eu.akash.example")).toBe(true);
    expect(publicToo("akash.example")).toBe(false);
    expect(publicToo("evilakash.example")).toBe(false);
    expect(publicToo("console.example.com.evil.test")).toBe(false);
    expect(publicToo("localhost:4180")).toBe(true);
  });

  it("reads the host name out of Host header forms", () => {
    expect(hostnameOf("[::1]:80")).toBe("::1");
    expect(hostnameOf("Example.COM:8080")).toBe("example.com");
    expect(hostnameOf("[not-ip]")).toBeNull();
  });

  it("refuses configured names that are not host names", () => {
    expect(() => parsePublicHosts("https://console.example.com")).toThrow(/CONSOLE_PUBLIC_HOSTS/);
    expect(() => parsePublicHosts("console.example.com:443")).toThrow(/not a host name/);
    expect(() => parsePublicHosts("*")).toThrow();
    expect(parsePublicHosts(" a.example , ,b.example ")).toEqual(["a.example", "b.example"]);
  });
});
