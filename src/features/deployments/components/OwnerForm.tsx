// "View an address": browse any account's deployments without a wallet (a phone, a demo, a
// colleague's account). The address goes into the URL so the view can be shared and reloaded.
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { akashAddressProblem } from "@/features/wallet";

export function OwnerForm({ initial, onView }: { initial: string; onView: (address: string) => void }) {
  const [value, setValue] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const address = value.trim().toLowerCase();
    const why = akashAddressProblem(address);
    setProblem(why);
    if (!why) onView(address);
  };
  return (
    <form
      onSubmit={submit}
      className="flex w-full flex-col gap-2 sm:flex-row sm:items-start"
      aria-label="View an address"
    >
      <div className="min-w-0 flex-1">
        <Field label="Akash address" error={problem}>
          <Input
            value={value}
            onChange={(e) => setValue(e.target.value)}
            placeholder="akash1…"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problem !== null}
          />
        </Field>
      </div>
      <Button type="submit" className="sm:mt-6">
        View deployments
      </Button>
    </form>
  );
}
