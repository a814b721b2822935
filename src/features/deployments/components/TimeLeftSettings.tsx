// Settings section: below how much escrow time a deployment is flagged. Hours or days, since
// on the local network (1 s blocks) escrows last hours, not weeks.
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { formatDuration } from "@/lib/format";
import { useDeploymentPrefs, WARN_HOURS_RANGE } from "../storage/prefs-store";
import { RunwaySetting } from "./RunwaySetting";

type Unit = "hours" | "days";

export function TimeLeftSettings() {
  const { prefs, update } = useDeploymentPrefs();
  const toast = useToast();
  const initialUnit: Unit = prefs.warnHours % 24 === 0 ? "days" : "hours";
  const [unit, setUnit] = useState<Unit>(initialUnit);
  const [value, setValue] = useState(String(initialUnit === "days" ? prefs.warnHours / 24 : prefs.warnHours));
  const [error, setError] = useState<string | null>(null);

  const save = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(value);
    const hours = unit === "days" ? n * 24 : n;
    if (!Number.isFinite(n) || hours < WARN_HOURS_RANGE.min || hours > WARN_HOURS_RANGE.max) {
      setError("Choose between 1 hour and 90 days.");
      return;
    }
    setError(null);
    if (update({ ...prefs, warnHours: hours }))
      toast.push({ tone: "success", title: "Time-left warning saved" });
    else setError("This browser refused to store the setting (private mode or full storage).");
  };

  return (
    <Card>
      <CardTitle>Deployments</CardTitle>
      <form onSubmit={save} className="grid gap-3" aria-label="Time-left warning">
        <div className="grid grid-cols-[minmax(0,1fr)_8rem] gap-2">
          <Field
            label="Warn when the escrow lasts less than"
            hint={`Now: ${formatDuration(prefs.warnHours * 3600)}. Deployments close when their escrow runs out.`}
            error={error}
          >
            <Input
              type="number"
              min={1}
              step="any"
              inputMode="decimal"
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          </Field>
          <Field label="Unit">
            <Select value={unit} onChange={(e) => setUnit(e.target.value as Unit)}>
              <option value="hours">hours</option>
              <option value="days">days</option>
            </Select>
          </Field>
        </div>
        <div>
          <Button type="submit" variant="secondary">
            Save
          </Button>
        </div>
      </form>
      <hr className="my-4 border-zinc-200 dark:border-zinc-800" />
      <RunwaySetting />
    </Card>
  );
}
