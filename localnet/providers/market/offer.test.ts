import { describe, expect, it } from "vitest";
import { profileFor } from "../profiles.ts";
import { parseGroupSpec } from "./groupSpec.ts";
import { Inventory } from "./inventory.ts";
import { resourcesOffer } from "./offer.ts";

const GI = 1024 ** 3;
const H100_OR_A100 = ["vendor/nvidia/model/h100/ram/80Gi", "vendor/nvidia/model/a100/ram/80Gi"];

/** A group of one web unit without GPU and one GPU unit accepting `keys`, as REST shows it. */
function spec(keys: string[], gpus = 1, count = 1) {
  const unit = (id: number, gpuUnits: number, gpuKeys: string[], n: number) => ({
    resource: {
      id,
      cpu: { units: { val: "1000" } },
      memory: { quantity: { val: String(4 * GI) } },
      storage: [{ name: "default", quantity: { val: String(10 * GI) } }],
      gpu: { units: { val: String(gpuUnits) }, attributes: gpuKeys.map((key) => ({ key, value: "true" })) },
      endpoints: [{ kind: "SHARED_HTTP", sequence_number: 0 }],
    },
    count: n,
    price: { denom: "uact", amount: "1000" },
  });
  return parseGroupSpec({ name: "dc", resources: [unit(1, 0, [], 1), unit(2, gpus, keys, count)] });
}

function setup(profile: number, keys: string[], gpus = 1, count = 1) {
  const { capacity } = profileFor(profile);
  const inventory = new Inventory(capacity);
  const group = spec(keys, gpus, count);
  const offer = () => {
    const allocation = inventory.plan(group);
    if (!allocation) return null;
    inventory.reserve(String(Math.random()), allocation);
    return resourcesOffer(group, allocation, capacity.gpus);
  };
  return { offer };
}

const gpuKeysOf = (offer: ReturnType<ReturnType<typeof setup>["offer"]>) =>
  offer?.map((o) => o.resources?.gpu?.attributes.map((a) => `${a.key}=${a.value}`));

describe("resourcesOffer", () => {
  it("offers the one model each provider allocates, with the RAM the SDL named", () => {
    expect(gpuKeysOf(setup(0, H100_OR_A100).offer())).toEqual([
      [],
      ["vendor/nvidia/model/h100/ram/80Gi=true"],
    ]);
    expect(gpuKeysOf(setup(1, H100_OR_A100).offer())).toEqual([
      [],
      ["vendor/nvidia/model/a100/ram/80Gi=true"],
    ]);
  });

  it("names the model a wildcard got, without RAM or interface the SDL did not ask for", () => {
    const { offer } = setup(1, ["vendor/nvidia/model/*"], 2, 2);
    expect(gpuKeysOf(offer())).toEqual([[], ["vendor/nvidia/model/a100=true"]]);
    // The A100s are taken: all replicas of the unit move to the RTX 4090s, and the offer says so.
    expect(gpuKeysOf(offer())).toEqual([[], ["vendor/nvidia/model/rtx4090=true"]]);
  });

  it("keeps units, counts, CPU, memory and storage as the order asked", () => {
    const offer = setup(0, H100_OR_A100, 2, 3).offer();
    expect(offer?.map((o) => [o.resources?.id, o.count])).toEqual([
      [1, 1],
      [2, 3],
    ]);
    const gpuUnit = offer?.[1]?.resources;
    expect(new TextDecoder().decode(gpuUnit?.gpu?.units?.val)).toBe("2");
    expect(new TextDecoder().decode(gpuUnit?.cpu?.units?.val)).toBe("1000");
    expect(new TextDecoder().decode(gpuUnit?.memory?.quantity?.val)).toBe(String(4 * GI));
  });

  it("never splits a unit's replicas across models", () => {
    // 3 replicas × 2 GPUs: the four A100s cannot hold all six, so the whole unit goes to RTX 4090s...
    expect(gpuKeysOf(setup(1, ["vendor/nvidia/model/*"], 2, 3).offer())).toEqual([
      [],
      ["vendor/nvidia/model/rtx4090=true"],
    ]);
    // ...and an order that only accepts A100s gets no offer at all.
    expect(setup(1, ["vendor/nvidia/model/a100"], 2, 3).offer()).toBeNull();
  });
});
