// The SDL builder: a form over the same text as the editor. It reads the open document on every
// change of the text (so an edit in the editor shows at once), and each form edit is applied to a
// fresh parse of the newest text through the yaml Document API, so comments and key order stay.
// Lazily loaded with the studio (LazySdlBuilder).
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { Diagnostic } from "../../checker/types";
import type { GpuOffer } from "../../utils/gpu-offers";
import { addService } from "../form-edits";
import { readForm } from "../form-model";
import { editText, openDocOrRefusal, type SdlDoc } from "../yaml-edit";
import { Builder, type BuilderContext } from "./builder-context";
import { Markers } from "./FormField";
import { PlacementCard } from "./PlacementCard";
import { ServiceCard } from "./ServiceCard";

export interface SdlBuilderProps {
  text: string;
  /** the checker's diagnostics for `text` (none while a check of it is pending) */
  diagnostics: readonly Diagnostic[];
  gpuOffers: readonly GpuOffer[] | null;
  blockTimeSec: number;
  onChange(text: string): void;
}

const NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

function AddService({ taken, onAdd }: { taken: readonly string[]; onAdd(name: string): void }) {
  const [name, setName] = useState("");
  const problem =
    name === ""
      ? null
      : !NAME.test(name)
        ? "Lowercase letters, digits and dashes, starting with a letter."
        : taken.includes(name)
          ? `There is already a service “${name}”.`
          : null;
  return (
    <form
      className="flex flex-col gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        if (name && !problem) {
          onAdd(name);
          setName("");
        }
      }}
    >
      <div className="flex gap-2">
        <input
          value={name}
          onChange={(e) => setName(e.target.value.trim())}
          aria-label="New service name"
          placeholder="new service name, e.g. web"
          spellCheck={false}
          className="h-10 min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
        <Button type="submit" disabled={!name || !!problem}>
          Add service
        </Button>
      </div>
      {problem && <span className="text-xs text-red-700 dark:text-red-400">{problem}</span>}
    </form>
  );
}

export default function SdlBuilder({
  text,
  diagnostics,
  gpuOffers,
  blockTimeSec,
  onChange,
}: SdlBuilderProps) {
  const opened = useMemo(() => openDocOrRefusal(text), [text]);
  const doc = typeof opened === "string" ? null : opened;
  const view = useMemo(() => (doc ? readForm(doc) : null), [doc]);
  const latest = useRef({ text, onChange });
  useLayoutEffect(() => {
    latest.current = { text, onChange };
  });
  const edit = useCallback((change: (doc: SdlDoc) => void) => {
    const next = editText(latest.current.text, change);
    if (next !== null && next !== latest.current.text) {
      latest.current.text = next;
      latest.current.onChange(next);
    }
  }, []);
  const ctx = useMemo<BuilderContext | null>(
    () => doc && { doc, diagnostics, gpuOffers, blockTimeSec, edit },
    [doc, diagnostics, gpuOffers, blockTimeSec, edit],
  );

  if (!doc || !view)
    return (
      <div
        role="alert"
        data-testid="sdl-builder"
        className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-900 dark:bg-amber-950/40"
      >
        {opened === "aliases" ? (
          <p className="font-medium">
            This SDL uses YAML anchors and aliases (&amp;name, *name): edit it in the YAML editor, where a
            change to a shared part is visible. The form comes back once there are none.
          </p>
        ) : (
          <>
            <p className="font-medium">The form cannot read this text.</p>
            <p className="mt-1">
              Fix it in the YAML editor; the form comes back as soon as the text reads as an SDL.
            </p>
          </>
        )}
        <Markers diagnostics={diagnostics.filter((d) => d.source === "yaml" || d.source === "input")} />
      </div>
    );
  return (
    <Builder.Provider value={ctx}>
      <div className="flex min-w-0 flex-col gap-4" data-testid="sdl-builder">
        {view.services.length === 0 && (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            No service yet. Name one to start: the form writes its image, resources, price and deployment.
          </p>
        )}
        {view.services.map((s) => (
          <ServiceCard key={s.name} service={s} all={view.services} />
        ))}
        <AddService
          taken={view.services.map((s) => s.name)}
          onAdd={(name) => edit((d) => addService(d, name))}
        />
        {view.placements.map((p) => (
          <PlacementCard key={p.name} placement={p} />
        ))}
      </div>
    </Builder.Provider>
  );
}
