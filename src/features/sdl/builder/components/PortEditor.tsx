// A service's exposed ports: the container port, the port it is exposed as, who may reach it
// (the world, other services), the hosts it accepts and an IP endpoint.
import { Button } from "@/components/ui/button";
import { portFields } from "../fields";
import { addPort, setPortGlobal, setPortIp, setPortService } from "../form-edits";
import type { ExposeView, ServiceView } from "../form-model";
import { markersUnder } from "../markers";
import { remove } from "../yaml-edit";
import { useBuilder } from "./builder-context";
import { FormField, Markers } from "./FormField";
import { Check, Section } from "./Section";

function Port({ port, others, index }: { port: ExposeView; others: string[]; index: number }) {
  const { edit, diagnostics } = useBuilder();
  const [portNo, as, accept] = portFields(port);
  return (
    <div
      className="flex flex-col gap-2 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
      data-testid="port"
    >
      <div className="grid grid-cols-2 gap-2">
        {portNo && <FormField field={portNo} />}
        {as && <FormField field={as} />}
      </div>
      <div className="flex flex-wrap gap-x-4">
        <Check
          label="Open to the internet (global)"
          checked={port.global}
          onChange={(on) => edit((d) => setPortGlobal(d, port.path, on))}
        />
        {others.map((s) => (
          <Check
            key={s}
            label={`Open to ${s}`}
            checked={port.services.includes(s)}
            onChange={(on) => edit((d) => setPortService(d, port.path, s, on))}
          />
        ))}
      </div>
      <Markers diagnostics={markersUnder(diagnostics, [...port.path, "to"])} />
      {port.global && (
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          {accept && <FormField field={accept} />}
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">IP endpoint</span>
            <input
              value={port.ip}
              placeholder="none (a shared ingress)"
              aria-label={`Port ${index + 1} IP endpoint`}
              spellCheck={false}
              className="h-10 rounded-lg border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900"
              onChange={(e) => edit((d) => setPortIp(d, port.path, e.target.value))}
            />
            <span className="text-xs text-zinc-500">A name: the provider leases a dedicated IP for it.</span>
          </label>
        </div>
      )}
      <div className="flex justify-end">
        <Button size="sm" variant="ghost" onClick={() => edit((d) => remove(d, port.path))}>
          Remove port {port.port}
        </Button>
      </div>
    </div>
  );
}

export function PortEditor({ service, all }: { service: ServiceView; all: readonly ServiceView[] }) {
  const { edit } = useBuilder();
  const others = all.filter((s) => s.name !== service.name).map((s) => s.name);
  return (
    <Section
      title="Ports"
      actions={
        <Button size="sm" variant="secondary" onClick={() => edit((d) => addPort(d, service.path))}>
          Add port
        </Button>
      }
    >
      {service.expose.length === 0 && (
        <p className="text-xs text-zinc-500">No port: nothing can reach this service.</p>
      )}
      {service.expose.map((p, i) => (
        <Port key={i} port={p} others={others} index={i} />
      ))}
    </Section>
  );
}
