// Browse any account read-only: type an address, the pages show its balances and deployments.
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { akashAddressProblem } from "../utils/address";
import { useWatchedAddress } from "../watch-address";

export function WatchAddressForm() {
  const { watch } = useWatchedAddress();
  const [value, setValue] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    const reason = akashAddressProblem(value);
    setProblem(reason);
    if (!reason) watch(value);
  }

  return (
    <form
      onSubmit={submit}
      aria-label="View an address read-only"
      className="flex w-full max-w-md flex-col gap-2 text-left"
    >
      <Field label="Or view any address, read-only" error={problem}>
        <Input
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder="akash1…"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
        />
      </Field>
      <Button type="submit" variant="secondary" className="self-start">
        View read-only
      </Button>
    </form>
  );
}
