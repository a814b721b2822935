import { describe, expect, it } from "vitest";
import { profileFor } from "../profiles.ts";
import { parseGroupSpec } from "./groupSpec.ts";
import { emptyAllocation, Inventory } from "./inventory.ts";

const spec = (cpu: number, gpus: number, count = 1) =>
  parseGroupSpec({
    name: "g",
    resources: [
      {
        resource: {
          id: 1,
          cpu: { units: { val: String(cpu) } },
          memory: { quantity: { val: "1073741824" } },
          storage: [{ name: "default", quantity: { val: "1073741824" } }],
          gpu: {
            units: { val: String(gpus) },
            attributes: gpus ? [{ key: "vendor/nvidia/model/rtx4090", value: "true" }] : [],
          },
          endpoints: [],
        },
        count,
        price: { denom: "uact", amount: "1" },
      },
    ],
  });

describe("Inventory", () => {
  it("reserves and releases CPU and per-model GPUs", () => {
    const inv = new Inventory(profileFor(1).capacity);
    const plan = inv.plan(spec(2000, 2, 3));
    expect(plan).toMatchObject({ cpuMillis: 6000, gpus: [0, 6] });
    inv.reserve("a", plan ?? emptyAllocation());
    expect(inv.available()).toMatchObject({ cpuMillis: 58_000, gpus: [4, 2] });
    expect(inv.plan(spec(1000, 2, 2))).toBeNull();
    expect(inv.plan(spec(1000, 2, 1))).not.toBeNull();
    expect(inv.release("a")).toBe(true);
    expect(inv.available()).toMatchObject({ cpuMillis: 64_000, gpus: [4, 8] });
  });

  it("takes persistent volumes from the class pool and ephemeral storage from the nodes", () => {
    const inv = new Inventory(profileFor(2).capacity);
    const withVolume = spec(1000, 0);
    const unit = withVolume.resources[0];
    if (!unit) throw new Error("no unit");
    unit.storage.push({
      name: "data",
      bytes: 2 * 1024 ** 4,
      attributes: [
        { key: "class", value: "beta3" },
        { key: "persistent", value: "true" },
      ],
    });
    const plan = inv.plan(withVolume);
    expect(plan).toMatchObject({ storageBytes: 1073741824, persistent: { beta3: 2 * 1024 ** 4 } });
    inv.reserve("a", plan ?? emptyAllocation());
    expect(inv.available().persistent).toEqual({ beta3: 1024 ** 4 });
    expect(inv.plan(withVolume)).toBeNull(); // 2 TiB more does not fit in the 1 TiB left
    inv.setActive("a", true);
    expect(inv.list()).toMatchObject([{ key: "a", active: true }]);
    expect(inv.available((r) => !r.active).persistent).toEqual({ beta3: 3 * 1024 ** 4 });
  });

  it("refuses more CPU than the cluster has", () => {
    const inv = new Inventory(profileFor(2).capacity);
    expect(inv.plan(spec(32_000, 0))).not.toBeNull();
    expect(inv.plan(spec(32_001, 0))).toBeNull();
  });
});

describe("resource values from REST", () => {
  it("reads decimal strings (mainnet) and base64 ASCII bytes", async () => {
    const { resourceNumber } = await import("./groupSpec.ts");
    expect(resourceNumber({ val: "16000" })).toBe(16000);
    expect(resourceNumber({ val: Buffer.from("16000").toString("base64") })).toBe(16000);
    expect(resourceNumber(undefined)).toBe(0);
    expect(resourceNumber({ val: "not-a-number!" })).toBeNaN();
  });
});
