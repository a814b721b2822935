// A provider's /status through the proxy: online with its free capacity when it answers; offline
// with the reason when the provider is at fault; an error (not "offline") when the proxy or the
// console server is, since that says nothing about the provider.
import { describe, expect, it } from "vitest";
import { fetchProviderStatus, parseProviderStatus } from "./provider-status";

const GI = 1024 ** 3;
/** GET /status as provider-services writes it (Go JSON; empty lists left out). */
const STATUS = {
  cluster: {
    leases: 2,
    inventory: {
      active: [{ cpu: 8000, gpu: 1, memory: 32 * GI, storage_ephemeral: 20 * GI }],
      available: {
        nodes: [
          {
            name: "node-1",
            allocatable: { cpu: 64000, gpu: 12, memory: 512 * GI, storage_ephemeral: 2048 * GI },
            available: { cpu: 56000, gpu: 11, memory: 480 * GI, storage_ephemeral: 2028 * GI },
          },
          {
            name: "node-2",
            allocatable: { cpu: 32000, memory: 128 * GI, storage_ephemeral: 1024 * GI },
            available: { cpu: 32000, memory: 128 * GI, storage_ephemeral: 1024 * GI },
          },
        ],
        storage: [{ class: "beta3", size: 8000 * GI }],
      },
    },
  },
  bidengine: { orders: 0 },
  manifest: { deployments: 1 },
  address: "akash1provider",
};

const TARGET = {
  proxyUrl: "/provider-proxy",
  networkId: "local",
  providerAddress: "akash1provider",
  hostUri: "https://p.example:8443",
};

function setup(answer: { status: number; body: string; headers?: Record<string, string> } | Error) {
  let clock = 1000;
  const fetchImpl = (async () => {
    clock += 40;
    if (answer instanceof Error) throw answer;
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  }) as typeof fetch;
  return { check: () => fetchProviderStatus(TARGET, { fetchImpl, now: () => clock }) };
}

describe("provider status", () => {
  it("sums the free capacity of every node, and the free persistent storage per class", () => {
    expect(parseProviderStatus(JSON.stringify(STATUS))).toEqual({
      activeLeases: 2,
      capacity: {
        available: { cpuMillis: 88000, memoryBytes: 608 * GI, gpus: 11, ephemeralBytes: 3052 * GI },
        allocatable: { cpuMillis: 96000, memoryBytes: 640 * GI, gpus: 12, ephemeralBytes: 3072 * GI },
        storage: [{ storageClass: "beta3", bytes: 8000 * GI }],
        nodes: 2,
      },
    });
  });

  it("is online, with how long the answer took, when the provider answers its status", async () => {
    const status = await setup({ status: 200, body: JSON.stringify(STATUS) }).check();
    expect(status).toMatchObject({ online: true, latencyMs: 40, activeLeases: 2 });
  });

  it("is offline, with the proxy's reason, when the provider cannot be reached", async () => {
    const down = setup({
      status: 502,
      body: JSON.stringify({ message: "connect ECONNREFUSED" }),
      headers: { "x-provider-proxy-error": "unreachable" },
    });
    const status = await down.check();
    expect(status.online).toBe(false);
    expect(status.online === false && status.reason).toMatch(/could not be reached.*ECONNREFUSED/);
  });

  it("is offline when the provider answers something that is not a status", async () => {
    const status = await setup({ status: 200, body: "<html>" }).check();
    expect(status).toMatchObject({ online: false, reason: "The provider's /status is not JSON." });
    const relayed = await setup({ status: 200, body: "", headers: { "x-provider-status": "503" } }).check();
    expect(relayed).toMatchObject({ online: false, reason: "Its /status answered HTTP 503." });
  });

  it("throws, rather than call the provider offline, when the proxy or the server is the problem", async () => {
    const limited = setup({
      status: 429,
      body: JSON.stringify({ message: "slow down" }),
      headers: { "x-provider-proxy-error": "rate-limited" },
    });
    await expect(limited.check()).rejects.toThrow(/slow down/);
    await expect(setup(new TypeError("Failed to fetch")).check()).rejects.toThrow(/console server/);
  });
});
