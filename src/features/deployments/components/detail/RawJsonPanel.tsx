// The deployment exactly as the chain's REST API returned it, for whoever wants to check.
import { Panel } from "./Panel";

export function RawJsonPanel({ raw }: { raw: unknown }) {
  return (
    <Panel title="Raw JSON" className="md:col-span-2">
      <details>
        <summary className="cursor-pointer text-sm text-zinc-600 dark:text-zinc-400">
          Show the deployment as returned by the REST endpoint
        </summary>
        <pre className="mt-2 max-h-[60vh] overflow-auto rounded-lg bg-zinc-100 p-3 text-xs whitespace-pre-wrap break-all dark:bg-zinc-950">
          {JSON.stringify(raw, null, 2)}
        </pre>
      </details>
    </Panel>
  );
}
