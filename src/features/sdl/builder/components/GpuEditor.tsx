// A service's GPU: how many, which vendor, and which models, picked from what the providers on
// this network offer (their on-chain attributes, one read for all providers).
import { Markers } from "./FormField";
import { setGpuUnits, setGpuVendor, toggleGpuModel } from "../form-edits";
import type { ServiceView } from "../form-model";
import { markersUnder } from "../markers";
import { useBuilder } from "./builder-context";
import { Check, Section } from "./Section";

const CONTROL =
  "h-10 w-full rounded-lg border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900";

export function GpuEditor({ service }: { service: ServiceView }) {
  const { edit, diagnostics, gpuOffers } = useBuilder();
  const resources = [...service.profilePath, "resources"];
  const gpu = service.gpu;
  const vendors = [...new Set([...(gpuOffers ?? []).map((o) => o.vendor), "nvidia", "amd"])];
  const offered = (gpuOffers ?? []).filter((o) => o.vendor === gpu?.vendor);
  const picked = (model: string, ram: string) =>
    !!gpu?.models.some((m) => m.model === model && m.ram === ram);
  // Models the SDL asks for that no provider here offers stay listed, so they can be removed.
  const stray = (gpu?.models ?? []).filter(
    (m) => !offered.some((o) => o.model === m.model && (o.ram ?? "") === m.ram),
  );
  const markers = markersUnder(diagnostics, [...resources, "gpu"]);
  return (
    <Section title="GPU">
      <div className="grid grid-cols-2 gap-2">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">GPUs</span>
          <input
            className={CONTROL}
            inputMode="numeric"
            value={gpu?.units ?? ""}
            placeholder="0"
            aria-label={`GPUs for ${service.name}`}
            onChange={(e) => edit((d) => setGpuUnits(d, resources, e.target.value))}
          />
        </label>
        {gpu && (
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">Vendor</span>
            <select
              className={CONTROL}
              value={gpu.vendor}
              onChange={(e) => edit((d) => setGpuVendor(d, resources, gpu.vendor, e.target.value))}
            >
              {vendors.map((v) => (
                <option key={v}>{v}</option>
              ))}
            </select>
          </label>
        )}
      </div>
      {gpu && (
        <div className="flex flex-col gap-1" role="group" aria-label={`GPU models for ${service.name}`}>
          <span className="text-sm font-medium">Models (any of)</span>
          {gpuOffers === null && (
            <span className="text-xs text-zinc-500">Reading what the providers offer…</span>
          )}
          {gpuOffers !== null && offered.length === 0 && (
            <span className="text-xs text-amber-700 dark:text-amber-400">
              No provider on this network offers a {gpu.vendor} GPU.
            </span>
          )}
          {[...offered.map((o) => ({ model: o.model, ram: o.ram ?? "" })), ...stray].map((o) => (
            <Check
              key={`${o.model}/${o.ram}`}
              label={
                <span>
                  {o.model}
                  {o.ram ? ` ${o.ram}` : " (any memory size)"}
                  {stray.includes(o) && (
                    <span className="text-xs text-amber-700 dark:text-amber-400"> (not offered here)</span>
                  )}
                </span>
              }
              checked={picked(o.model, o.ram)}
              onChange={(on) => edit((d) => toggleGpuModel(d, resources, gpu.vendor, o, on))}
            />
          ))}
          <span className="text-xs text-zinc-500">None ticked: any {gpu.vendor} model.</span>
        </div>
      )}
      <Markers diagnostics={markers} />
    </Section>
  );
}
