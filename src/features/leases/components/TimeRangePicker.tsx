// A time range for a log view: all, the last few minutes (relative to when it was picked), or
// from/to in local time.
import { useState } from "react";
import { Input, Select } from "@/components/ui/field";
import type { TimeRange } from "../api/log-filter";

const PRESETS = [
  { value: "all", label: "Any time" },
  { value: "5", label: "Last 5 min" },
  { value: "15", label: "Last 15 min" },
  { value: "60", label: "Last hour" },
  { value: "custom", label: "From… to…" },
] as const;

/** A datetime-local value (local time, minutes) from ms since the epoch, and back. */
const toLocal = (ms: number | null) => {
  if (ms === null) return "";
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
};
const fromLocal = (v: string) => (v ? new Date(v).getTime() : null);

export function TimeRangePicker({ value, onChange }: { value: TimeRange; onChange(r: TimeRange): void }) {
  const [preset, setPreset] = useState<string>("all");
  const pick = (p: string) => {
    setPreset(p);
    if (p === "all") onChange({ from: null, to: null });
    else if (p !== "custom") onChange({ from: Date.now() - Number(p) * 60_000, to: null });
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Select
        aria-label="Time range"
        value={preset}
        onChange={(e) => pick(e.target.value)}
        className="w-auto"
      >
        {PRESETS.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </Select>
      {preset === "custom" && (
        <>
          <Input
            type="datetime-local"
            aria-label="From"
            value={toLocal(value.from)}
            onChange={(e) => onChange({ ...value, from: fromLocal(e.target.value) })}
            className="w-auto"
          />
          <Input
            type="datetime-local"
            aria-label="To"
            value={toLocal(value.to)}
            // The minute picked is included whole.
            onChange={(e) => {
              const to = fromLocal(e.target.value);
              onChange({ ...value, to: to === null ? null : to + 59_999 });
            }}
            className="w-auto"
          />
        </>
      )}
    </div>
  );
}
