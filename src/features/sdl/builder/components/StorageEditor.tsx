// A service's storage: the ephemeral disk, and persistent volumes with their class and the mount
// path the SDL wires through services.<name>.params.storage.
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { storageFields } from "../fields";
import { addVolume, removeStorage, renameVolume, setPersistent, STORAGE_CLASSES } from "../form-edits";
import type { ServiceView, StorageView } from "../form-model";
import { markersUnder } from "../markers";
import { setScalar } from "../yaml-edit";
import { useBuilder } from "./builder-context";
import { FormField, Markers } from "./FormField";
import { Check, Section } from "./Section";

function Volume({ item, index }: { item: StorageView; index: number }) {
  const { edit, diagnostics } = useBuilder();
  const [size, mount] = storageFields(item);
  const classPath = [...item.path, "attributes", "class"];
  return (
    <div
      className="flex flex-col gap-2 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
      data-testid="volume"
    >
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Volume name</span>
          <input
            value={item.name}
            aria-label={`Volume ${index + 1} name`}
            spellCheck={false}
            className="h-10 rounded-lg border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900"
            onChange={(e) => edit((d) => renameVolume(d, item, e.target.value))}
          />
        </label>
        {size && <FormField field={size} />}
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Storage class</span>
          <select
            value={item.storageClass}
            className="h-10 rounded-lg border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900"
            onChange={(e) => edit((d) => setScalar(d, classPath, e.target.value))}
          >
            {!STORAGE_CLASSES.includes(item.storageClass as never) && (
              <option value={item.storageClass}>{item.storageClass || "—"}</option>
            )}
            {STORAGE_CLASSES.map((c) => (
              <option key={c} value={c}>
                {c === "ram" ? "ram (memory-backed, not persistent across restarts)" : c}
              </option>
            ))}
          </select>
          <Markers diagnostics={markersUnder(diagnostics, classPath)} />
        </label>
        {mount && <FormField field={mount} />}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Check
          label="Persistent"
          checked={item.persistent}
          onChange={(on) => edit((d) => setPersistent(d, item, on))}
        />
        <Button size="sm" variant="ghost" onClick={() => edit((d) => removeStorage(d, item))}>
          Remove volume {item.name}
        </Button>
      </div>
    </div>
  );
}

export function StorageEditor({ service }: { service: ServiceView }) {
  const { edit } = useBuilder();
  const ephemeral = service.storage.filter((s) => !s.persistent && s.name === "default");
  const volumes = service.storage.filter((s) => !(!s.persistent && s.name === "default"));
  const nextName = () => {
    const taken = new Set(service.storage.map((s) => s.name));
    let name = "data";
    for (let i = 2; taken.has(name); i++) name = `data${i}`;
    return name;
  };
  return (
    <Section
      title="Storage"
      actions={
        <Button size="sm" variant="secondary" onClick={() => edit((d) => addVolume(d, service, nextName()))}>
          Add volume
        </Button>
      }
    >
      {ephemeral.map((item) => {
        const [size] = storageFields(item);
        return (
          size && <FormField key={item.path.join(".")} field={{ ...size, label: "Ephemeral storage" }} />
        );
      })}
      <div className={cn("flex flex-col gap-2", volumes.length === 0 && "hidden")}>
        {volumes.map((item, i) => (
          <Volume key={i} item={item} index={i} />
        ))}
      </div>
    </Section>
  );
}
