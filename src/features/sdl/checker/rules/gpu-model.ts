// A GPU model that no provider registered on the selected network offers gets no bid: warn
// before anything is signed, and name the models that are on offer.
import { describeOffers, isGpuOffered } from "../../utils/gpu-offers";
import { asRecord, at, entriesOf } from "../../utils/sdl-read";
import type { Diagnostic } from "../types";
import type { LintRule } from "./rule";

export const gpuModelRule: LintRule = ({ sdl, locate, network, gpuOffers }) => {
  if (!gpuOffers) return [];
  const out: Diagnostic[] = [];
  for (const [profile, body] of entriesOf(at(sdl, "profiles", "compute"))) {
    const gpuPath = ["profiles", "compute", profile, "resources", "gpu"];
    for (const [vendor, models] of entriesOf(at(body, "resources", "gpu", "attributes", "vendor"))) {
      // A vendor the schema rejects (a typo like "nvidiaa") is already an error; do not pile on.
      if (!Array.isArray(models) || !(vendor === "nvidia" || gpuOffers.some((o) => o.vendor === vendor)))
        continue;
      const offered = describeOffers(gpuOffers, vendor);
      models.forEach((entry: unknown, index) => {
        const model = asRecord(entry)?.model;
        if (typeof model !== "string") return;
        const ramValue = asRecord(entry)?.ram;
        const ram = typeof ramValue === "string" ? ramValue : null;
        if (isGpuOffered(gpuOffers, vendor, model, ram)) return;
        const wanted = ram ? `${vendor} ${model} with ${ram}` : `${vendor} ${model}`;
        const path = [...gpuPath, "attributes", "vendor", vendor, index, "model"];
        out.push({
          severity: "warning",
          source: "gpu-model",
          path,
          message: offered
            ? `No provider on ${network.name} offers ${wanted}, so this order would get no bid.`
            : `No provider on ${network.name} offers ${vendor} GPUs, so this order would get no bid.`,
          hint: offered ? `Offered: ${offered}.` : "Pick another network, or a profile without a GPU.",
          range: locate(path, "value"),
        });
      });
    }
  }
  return out;
};
