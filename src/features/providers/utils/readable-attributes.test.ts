import { describe, expect, it } from "vitest";
import { readableAttributes } from "./readable-attributes";

describe("readableAttributes", () => {
  it("labels conventional keys, folds storage slots and GPU capability keys, keeps the rest", () => {
    const fields = readableAttributes([
      { key: "region", value: "us-west" },
      { key: "organization", value: "Pacific Edge Cloud" },
      { key: "capabilities/cpu", value: "x86-64" },
      { key: "capabilities/gpu", value: "nvidia" },
      { key: "capabilities/gpu/vendor/nvidia/model/a100", value: "true" },
      { key: "capabilities/gpu/vendor/nvidia/model/a100/ram/80Gi", value: "true" },
      { key: "capabilities/gpu/vendor/nvidia/model/a100/interface/pcie", value: "true" },
      { key: "capabilities/gpu/vendor/nvidia/model/rtx4090/ram/24Gi", value: "true" },
      { key: "capabilities/storage/1/class", value: "beta3" },
      { key: "capabilities/storage/1/persistent", value: "true" },
      { key: "console/trials", value: "true" },
    ]);
    expect(fields).toEqual([
      { label: "Region", value: "us-west" },
      { label: "Organisation", value: "Pacific Edge Cloud" },
      { label: "CPU architecture", value: "x86-64" },
      { label: "GPU vendor", value: "nvidia" },
      { label: "console/trials", value: "true" },
      { label: "Storage class", value: "beta3 (persistent)" },
      { label: "GPU", value: "NVIDIA A100 80Gi PCIE" },
      { label: "GPU", value: "NVIDIA RTX4090 24Gi" },
    ]);
  });
});
