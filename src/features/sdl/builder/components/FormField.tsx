// One plain field of the form, bound to its place in the SDL: it shows what the text says there,
// writes what is typed straight back, and carries the checker's markers for that place.
import { useId, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import { diagnosticText, type Diagnostic } from "../../checker/types";
import { readField, writeField, type FieldSpec } from "../fields";
import { markersUnder, worst } from "../markers";
import { useBuilder } from "./builder-context";

const CONTROL =
  "w-full rounded-lg border bg-white px-3 text-sm dark:bg-zinc-900 disabled:opacity-60 border-zinc-300 dark:border-zinc-700";
const BORDER = {
  error: "border-red-500 dark:border-red-500",
  warning: "border-amber-500 dark:border-amber-500",
};

export function Markers({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  if (diagnostics.length === 0) return null;
  return (
    <ul className="flex flex-col gap-0.5" data-testid="form-markers">
      {diagnostics.map((d, i) => (
        <li
          key={i}
          data-testid="form-marker"
          data-severity={d.severity}
          className={cn(
            "text-xs",
            d.severity === "error" ? "text-red-700 dark:text-red-400" : "text-amber-700 dark:text-amber-400",
          )}
        >
          {diagnosticText(d)}
        </li>
      ))}
    </ul>
  );
}

export function FormField({ field, className }: { field: FieldSpec; className?: string }) {
  const { doc, diagnostics, edit } = useBuilder();
  const id = useId();
  const [reveal, setReveal] = useState(false);
  const value = readField(doc, field);
  const markers = markersUnder(diagnostics, field.path);
  const tone = worst(markers);
  const onChange = (text: string) => edit((d) => writeField(d, field, text));
  const common = {
    id,
    value,
    placeholder: field.placeholder,
    "aria-invalid": tone === "error" || undefined,
    "data-path": field.path.join("."),
    className: cn(CONTROL, tone && BORDER[tone]),
  };
  return (
    <div className={cn("flex min-w-0 flex-col gap-1 text-sm", className)}>
      <label htmlFor={id} className="flex items-center gap-2 font-medium">
        {field.label}
        {field.secret && <Badge tone="warn">secret</Badge>}
      </label>
      {field.kind === "list" ? (
        <textarea
          {...common}
          rows={Math.min(8, Math.max(2, value.split("\n").length))}
          spellCheck={false}
          className={cn(common.className, "py-2 font-mono text-xs")}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <div className="flex gap-2">
          <input
            {...common}
            type={field.secret && !reveal ? "password" : "text"}
            autoComplete={field.secret ? "off" : undefined}
            inputMode={field.numeric ? "decimal" : undefined}
            spellCheck={false}
            className={cn(common.className, "h-10")}
            onChange={(e) => onChange(e.target.value)}
          />
          {field.secret && (
            <button
              type="button"
              className="shrink-0 rounded-lg px-2 text-xs text-zinc-600 underline dark:text-zinc-400"
              onClick={() => setReveal(!reveal)}
            >
              {reveal ? "Hide" : "Show"}
            </button>
          )}
        </div>
      )}
      {field.hint && markers.length === 0 && <span className="text-xs text-zinc-500">{field.hint}</span>}
      <Markers diagnostics={markers} />
    </div>
  );
}
