// Settings: how long a new deployment's deposit lasts by default, at its maximum price. The deploy
// dialog starts from it; the tenant can still type any amount there.
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { formatDuration } from "@/lib/format";
import { RUNWAY_HOURS_RANGE, useDeploymentPrefs } from "../storage/prefs-store";

export function RunwaySetting() {
  const { prefs, update } = useDeploymentPrefs();
  const toast = useToast();
  const [value, setValue] = useState(String(prefs.runwayHours));
  const [error, setError] = useState<string | null>(null);

  const save = (e: FormEvent) => {
    e.preventDefault();
    const hours = Number(value);
    if (!Number.isFinite(hours) || hours < RUNWAY_HOURS_RANGE.min || hours > RUNWAY_HOURS_RANGE.max) {
      setError("Choose between 1 hour and 365 days (8,760 hours).");
      return;
    }
    setError(null);
    if (update({ ...prefs, runwayHours: hours }))
      toast.push({ tone: "success", title: "Deposit runway saved" });
    else setError("This browser refused to store the setting (private mode or full storage).");
  };

  return (
    <form onSubmit={save} className="grid gap-3" aria-label="Deposit runway">
      <Field
        label="A new deployment's deposit covers (hours at its maximum price)"
        hint={`Now: ${formatDuration(prefs.runwayHours * 3600)}. The deploy dialog starts from this; you can change the amount there.`}
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
      <div>
        <Button type="submit" variant="secondary">
          Save
        </Button>
      </div>
    </form>
  );
}
