// One service in the form: image and registry, resources (CPU, memory, storage, GPU), what it
// runs, its ports and how many replicas each placement runs.
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { commandFields, resourceFields, serviceFields } from "../fields";
import { removeService, setCount, setCredentials } from "../form-edits";
import type { ServiceView } from "../form-model";
import { markersAt, markersUnder } from "../markers";
import { useBuilder } from "./builder-context";
import { FormField, Markers } from "./FormField";
import { GpuEditor } from "./GpuEditor";
import { PortEditor } from "./PortEditor";
import { Check, Section } from "./Section";
import { StorageEditor } from "./StorageEditor";

export function ServiceCard({ service, all }: { service: ServiceView; all: readonly ServiceView[] }) {
  const { edit, diagnostics } = useBuilder();
  const [image, ...credentials] = serviceFields(service);
  const errors = [
    ...markersUnder(diagnostics, service.path),
    ...markersUnder(diagnostics, service.profilePath),
    ...markersUnder(diagnostics, ["deployment", service.name]),
  ].filter((d) => d.severity === "error").length;
  return (
    <section
      aria-label={`Service ${service.name}`}
      data-testid="service-card"
      className="flex min-w-0 flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-950"
    >
      <header className="flex items-center justify-between gap-2">
        <h3 className="flex items-center gap-2 font-semibold">
          {service.name}
          {errors > 0 && <Badge tone="bad">{errors === 1 ? "1 error" : `${errors} errors`}</Badge>}
        </h3>
        <Button size="sm" variant="ghost" onClick={() => edit((d) => removeService(d, service, all))}>
          Remove service
        </Button>
      </header>
      <Markers
        diagnostics={markersAt(diagnostics, [
          service.path,
          service.profilePath,
          ["deployment", service.name],
        ])}
      />
      {image && <FormField field={image} />}
      <Check
        label="Image is in a private registry"
        checked={service.hasCredentials}
        onChange={(on) => edit((d) => setCredentials(d, service.path, on))}
      />
      {credentials.length > 0 && (
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          {credentials.map((f) => (
            <FormField key={f.path.join(".")} field={f} className={f.secret ? "sm:col-span-2" : undefined} />
          ))}
        </div>
      )}
      <Section title="Resources">
        <div className="grid grid-cols-2 gap-2">
          {resourceFields(service).map((f) => (
            <FormField key={f.path.join(".")} field={f} />
          ))}
        </div>
      </Section>
      <StorageEditor service={service} />
      <GpuEditor service={service} />
      <Section title="Command and environment">
        {commandFields(service).map((f) => (
          <FormField key={f.path.join(".")} field={f} />
        ))}
      </Section>
      <PortEditor service={service} all={all} />
      <Section title="Replicas">
        {service.deployments.map((dep) => (
          <label key={dep.placement} className="flex flex-col gap-1 text-sm">
            <span className="font-medium">Count in {dep.placement}</span>
            <input
              inputMode="numeric"
              value={dep.count}
              className="h-10 w-28 rounded-lg border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900"
              onChange={(e) => edit((d) => setCount(d, dep.path, e.target.value))}
            />
            <Markers diagnostics={markersUnder(diagnostics, dep.path)} />
          </label>
        ))}
      </Section>
    </section>
  );
}
