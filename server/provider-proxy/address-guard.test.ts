import { describe, expect, it } from "vitest";
import { classifyAddress, RefusedAddressError, resolveAllowed } from "./address-guard";
import { embeddedIPv4, parseIPv6 } from "./ip-address";

describe("classifyAddress", () => {
  it.each([
    // IPv6 forms that embed an IPv4 address are judged by that address.
    ["::127.0.0.1", "loopback"], // IPv4-compatible, as in https://[::127.0.0.1]
    ["::7f00:1", "loopback"], // the same, as the URL parser writes it
    ["::ffff:127.0.0.1", "loopback"], // IPv4-mapped
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:0:127.0.0.1", "loopback"], // SIIT IPv4-translated
    ["::ffff:0:a00:1", "private"], // SIIT 10.0.0.1
    ["64:ff9b::127.0.0.1", "loopback"], // NAT64 well-known prefix
    ["64:ff9b::a9fe:a9fe", "private"], // NAT64 of 169.254.169.254 (cloud metadata)
    ["64:ff9b::808:808", "public"], // NAT64 of 8.8.8.8 is a real IPv6-only route
    ["2002:7f00:1::", "loopback"], // 6to4 of 127.0.0.1
    ["2002:c0a8:101::1", "private"], // 6to4 of 192.168.1.1
    ["2002:a00:1:1::5", "private"], // 6to4 of 10.0.0.1
    ["2002:808:808::1", "public"], // 6to4 of 8.8.8.8
    ["::a00:1", "private"], // IPv4-compatible 10.0.0.1
    ["::ffff:169.254.169.254", "private"],
    ["64:ff9b:1::a00:1", "private"], // local-use NAT64
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "private"], // Teredo: its IPv4 is obfuscated; refused
    ["2001:db8::1", "private"],
    ["fe80::1%eth0", "private"],
    ["fd00:ec2::254", "private"],
    ["::", "private"],
    ["::1", "loopback"],
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["10.1.2.3", "private"],
    ["100.64.0.1", "private"],
    ["203.0.113.9", "private"],
    ["8.8.8.8", "public"],
    ["2606:4700:4700::1111", "public"],
    ["not-an-ip", "private"],
  ] as const)("%s is %s", (address, verdict) => {
    expect(classifyAddress(address)).toBe(verdict);
  });
});

describe("parseIPv6 and embeddedIPv4", () => {
  it("reads every spelling of one address alike", () => {
    const spellings = ["::ffff:10.0.0.1", "0:0:0:0:0:ffff:a00:1", "[::ffff:a00:1]", "::FFFF:0A00:0001"];
    const bytes = spellings.map((s) => Array.from(parseIPv6(s) ?? []));
    for (const b of bytes) expect(b).toEqual(bytes[0]);
    expect(embeddedIPv4(parseIPv6(spellings[0] ?? "") ?? new Uint8Array(16))).toBe("10.0.0.1");
  });

  it("finds no IPv4 in a plain IPv6 address and rejects what is not IPv6", () => {
    expect(embeddedIPv4(parseIPv6("2606:4700::1111") ?? new Uint8Array(16).fill(1))).toBeNull();
    expect(parseIPv6("1.2.3.4")).toBeNull();
    expect(parseIPv6("::ffff:1.2.3")).toBeNull();
  });
});

describe("resolveAllowed", () => {
  const resolver = (answers: string[]) => () => Promise.resolve(answers);

  it.each(["[::127.0.0.1]", "[::ffff:7f00:1]", "[2002:7f00:1::]", "[64:ff9b::7f00:1]"])(
    "refuses the loopback literal %s outside the local network",
    async (host) => {
      await expect(resolveAllowed(host, false)).rejects.toBeInstanceOf(RefusedAddressError);
    },
  );

  it("refuses a name when any answer is an IPv6 form of a private IPv4 address", async () => {
    await expect(
      resolveAllowed("provider.example", false, resolver(["8.8.8.8", "::ffff:192.168.0.1"])),
    ).rejects.toThrow(/::ffff:192\.168\.0\.1, a private address/);
    await expect(resolveAllowed("provider.example", false, resolver(["2002:808:808::1"]))).resolves.toBe(
      "2002:808:808::1",
    );
  });
});
