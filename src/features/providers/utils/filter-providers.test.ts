import { describe, expect, it } from "vitest";
import { filterProviders, gpuModelsOffered, NO_FILTER } from "./filter-providers";
import { providerFixture as provider } from "../testing/provider-fixture";
import type { ProviderView } from "./map-provider";

function setup() {
  const gpu = (model: string) => ({ vendor: "nvidia", model, ram: [], interfaces: [] });
  return [
    provider("nordlicht", { region: "eu-central", audited: true, gpus: [gpu("h100")] }),
    provider("pacific", { region: "us-west", gpus: [gpu("a100"), gpu("rtx4090")] }),
    provider("lioncity", { region: "ap-southeast", audited: true }),
  ];
}

const names = (list: ProviderView[]) => list.map((p) => p.address);

describe("filterProviders", () => {
  it("keeps audited providers, providers with a GPU model, or any GPU", () => {
    const all = setup();
    expect(names(filterProviders(all, { ...NO_FILTER, auditedOnly: true }))).toEqual([
      "nordlicht",
      "lioncity",
    ]);
    expect(names(filterProviders(all, { ...NO_FILTER, gpu: "rtx4090" }))).toEqual(["pacific"]);
    expect(names(filterProviders(all, { ...NO_FILTER, gpu: "any" }))).toEqual(["nordlicht", "pacific"]);
    expect(names(filterProviders(all, { query: "", auditedOnly: true, gpu: "a100" }))).toEqual([]);
  });

  it("searches name, host and region", () => {
    expect(names(filterProviders(setup(), { ...NO_FILTER, query: "US-WEST" }))).toEqual(["pacific"]);
    expect(names(filterProviders(setup(), { ...NO_FILTER, query: "lion" }))).toEqual(["lioncity"]);
  });

  it("lists the GPU models on offer for the filter menu", () => {
    expect(gpuModelsOffered(setup())).toEqual(["a100", "h100", "rtx4090"]);
  });
});
