import { describe, expect, it } from "vitest";
import { toLeaseStatus } from "./lease-status";

describe("toLeaseStatus", () => {
  it("reads services, replicas, URIs and forwarded ports", () => {
    const status = toLeaseStatus({
      services: {
        web: { name: "web", available: 1, total: 1, uris: ["abc.ingress.local"], ready_replicas: 1 },
        db: { name: "db", available: 0, total: 2, uris: null, ready_replicas: 0 },
      },
      forwarded_ports: {
        db: [{ host: "p.local", port: 5432, externalPort: 31000, proto: "TCP", name: "db" }],
      },
    });
    expect(status.services.map((s) => [s.name, s.ready, s.total])).toEqual([
      ["db", 0, 2],
      ["web", 1, 1],
    ]);
    expect(status.services[0]?.ports).toEqual([
      { host: "p.local", port: 5432, externalPort: 31000, proto: "TCP" },
    ]);
    expect(status.services[1]?.uris).toEqual(["abc.ingress.local"]);
    expect(status.allReady).toBe(false);
  });

  it("is ready when every service has all its replicas", () => {
    expect(
      toLeaseStatus({
        services: { web: { name: "web", total: 1, ready_replicas: 1 } },
        forwarded_ports: null,
      }).allReady,
    ).toBe(true);
    expect(() => toLeaseStatus({ services: "nope" })).toThrow(/unexpected shape/);
  });

  it("is rolling out, not ready, while an update has replaced only some replicas", () => {
    const during = toLeaseStatus({
      services: {
        web: { name: "web", total: 2, ready_replicas: 2, observed_generation: 2, updated_replicas: 1 },
      },
    });
    expect(during).toMatchObject({ rolling: true, allReady: false });
    expect(during.services[0]).toMatchObject({ generation: 2, updated: 1 });
    const after = toLeaseStatus({
      services: {
        web: { name: "web", total: 2, ready_replicas: 2, observed_generation: 2, updated_replicas: 2 },
      },
    });
    expect(after).toMatchObject({ rolling: false, allReady: true });
  });
});
