// Adds a custom RPC or REST endpoint to the selected network, only after it passes the health
// check (answers, right chain-id). A refusal says why, in one sentence.
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { checkEndpoint, type EndpointKind } from "../api/check-endpoint";
import { useNetwork } from "../network-context";

export function AddEndpointForm() {
  const { network, addCustomEndpoint } = useNetwork();
  const [kind, setKind] = useState<EndpointKind>("rpc");
  const [url, setUrl] = useState("");
  const [status, setStatus] = useState<{ checking: boolean; error: string | null; added: string | null }>({
    checking: false,
    error: null,
    added: null,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus({ checking: true, error: null, added: null });
    const health = await checkEndpoint(kind, url, { chainId: network.chainId, networkName: network.name });
    if (!health.ok) {
      setStatus({ checking: false, error: `Not added. ${health.reason}`, added: null });
      return;
    }
    addCustomEndpoint(kind, health.url);
    setUrl("");
    setStatus({
      checking: false,
      error: null,
      added: `Added ${health.url} (${health.latencyMs} ms, block #${health.height}).`,
    });
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="grid gap-3 sm:grid-cols-[8rem_1fr_auto] sm:items-end"
      aria-label="Add a custom endpoint"
    >
      <Field label="Kind">
        <Select value={kind} onChange={(e) => setKind(e.target.value as EndpointKind)}>
          <option value="rpc">RPC</option>
          <option value="rest">REST</option>
        </Select>
      </Field>
      <Field label="Endpoint URL">
        <Input
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder={kind === "rpc" ? "https://rpc.example.com:443" : "https://api.example.com"}
          inputMode="url"
          required
        />
      </Field>
      <Button type="submit" disabled={status.checking || !url.trim()}>
        {status.checking ? "Checking…" : "Check and add"}
      </Button>
      {status.error && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-3 dark:text-red-400">
          {status.error}
        </p>
      )}
      {status.added && (
        <p role="status" className="text-sm text-emerald-700 sm:col-span-3 dark:text-emerald-400">
          {status.added}
        </p>
      )}
    </form>
  );
}
