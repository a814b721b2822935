// Settings section: choose the network, see every endpoint's health and which one is in use,
// add or remove custom endpoints.
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { useNetwork } from "../network-context";
import { AddEndpointForm } from "./AddEndpointForm";
import { EndpointRow } from "./EndpointRow";

export function NetworkSettings() {
  const { networks, network, selectNetwork, activeRpc, activeRest, custom, removeCustomEndpoint } =
    useNetwork();
  return (
    <Card>
      <CardTitle>Network</CardTitle>
      <div className="grid gap-4">
        <Field
          label="Network"
          hint={`Chain-id ${network.chainId}. Switching never mixes data of two networks.`}
        >
          <Select value={network.id} onChange={(e) => selectNetwork(e.target.value)} aria-label="Network">
            {networks.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name} ({n.chainId})
              </option>
            ))}
          </Select>
        </Field>
        {(["rpc", "rest"] as const).map((kind) => (
          <section key={kind}>
            <h3 className="text-sm font-medium">{kind === "rpc" ? "RPC endpoints" : "REST endpoints"}</h3>
            <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {network[kind].map((url) => (
                <EndpointRow
                  key={url}
                  kind={kind}
                  url={url}
                  active={url === (kind === "rpc" ? activeRpc : activeRest)}
                  onRemove={custom[kind].includes(url) ? () => removeCustomEndpoint(kind, url) : undefined}
                />
              ))}
            </ul>
          </section>
        ))}
        {/* Per network: a verdict about one network's endpoint must not show under another. */}
        <AddEndpointForm key={network.id} />
      </div>
    </Card>
  );
}
