// The cards of a provider's page below its identity: what it has free now (its /status through
// the proxy), who audited which attributes (by name), and its attributes as readable fields.
import { useState, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { formatBytes, formatCpu } from "@/lib/format";
import type { ProviderCapacity } from "../api/provider-status";
import { useAuditorNames } from "../hooks/use-auditor-names";
import type { StatusState } from "../hooks/use-provider-status";
import { auditorNameSource } from "../utils/auditor-name";
import type { GpuModel, ProviderView } from "../utils/map-provider";
import { readableAttributes } from "../utils/readable-attributes";

export function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_minmax(0,1fr)] gap-2 py-1 text-sm">
      <dt className="text-zinc-500">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

export function OnlineBadge({ status }: { status: StatusState }) {
  if (status.kind === "checking") return <Badge>Checking…</Badge>;
  if (status.kind === "error") return <Badge>Status unknown</Badge>;
  return (
    <Badge tone={status.online ? "good" : "bad"}>
      <span data-testid="provider-online">{status.online ? "Online now" : "Offline now"}</span>
    </Badge>
  );
}

const modelName = (g: GpuModel) => `${g.model.toUpperCase()}${g.ram.length ? ` ${g.ram.join("/")}` : ""}`;

/** GPUs free by model: exact for a provider with one model; otherwise the status does not say which. */
function GpuRows({ capacity, gpus }: { capacity: ProviderCapacity; gpus: GpuModel[] }) {
  const { available, allocatable } = capacity;
  const free = `${available.gpus} of ${allocatable.gpus} free`;
  if (allocatable.gpus === 0 && gpus.length === 0) return <Row label="GPUs">None</Row>;
  const [only] = gpus;
  if (gpus.length === 1 && only) return <Row label={modelName(only)}>{free}</Row>;
  return (
    <Row label="GPUs">
      {free}, among {gpus.map(modelName).join(", ") || "models it does not advertise"}
      <span className="block text-xs text-zinc-500">Its status counts GPUs, not which model is free.</span>
    </Row>
  );
}

export function CapacityCard({ provider, status }: { provider: ProviderView; status: StatusState }) {
  return (
    <Card aria-label="Capacity" data-testid="provider-capacity">
      <CardTitle actions={<OnlineBadge status={status} />}>Free capacity now</CardTitle>
      {status.kind === "checking" && <p className="text-sm text-zinc-500">Asking the provider…</p>}
      {status.kind === "error" && <p className="text-sm text-zinc-600">Could not ask: {status.message}</p>}
      {status.kind === "done" && !status.online && (
        <p className="text-sm text-red-700 dark:text-red-400">It does not answer now: {status.reason}</p>
      )}
      {status.kind === "done" && status.online && (
        <dl>
          <GpuRows capacity={status.capacity} gpus={provider.gpus} />
          <Row label="CPU">
            {formatCpu(status.capacity.available.cpuMillis)} of{" "}
            {formatCpu(status.capacity.allocatable.cpuMillis)} free
          </Row>
          <Row label="Memory">
            {formatBytes(status.capacity.available.memoryBytes)} of{" "}
            {formatBytes(status.capacity.allocatable.memoryBytes)} free
          </Row>
          {status.capacity.storage.map((s) => (
            <Row key={s.storageClass} label={`Storage ${s.storageClass}`}>
              {formatBytes(s.bytes)} free
            </Row>
          ))}
          <Row label="Leases">{status.activeLeases ?? "not reported"}</Row>
        </dl>
      )}
    </Card>
  );
}

export function AuditsCard({ provider: p }: { provider: ProviderView }) {
  const nameOf = useAuditorNames();
  return (
    <Card>
      <CardTitle>Audits</CardTitle>
      {p.audits.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No auditor has signed this provider's attributes. Deployments that require an auditor's signature
          (signed_by) will not be placed here.
        </p>
      ) : (
        <ul className="grid gap-3">
          {p.audits.map((a) => {
            const name = nameOf(a.auditor);
            return (
              <li key={a.auditor} className="text-sm">
                <p title={auditorNameSource(name)}>
                  Audited by <strong data-testid="auditor-name">{name.label}</strong>
                </p>
                <p className="font-mono text-xs break-all text-zinc-500">{a.auditor}</p>
                <p className="text-xs break-all text-zinc-500">
                  Signed:{" "}
                  {a.attributes.map((attr) => `${attr.key}=${attr.value}`).join(", ") || "no attributes"}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

export function AttributesCard({ provider: p }: { provider: ProviderView }) {
  const [raw, setRaw] = useState(false);
  const fields = readableAttributes(p.attributes);
  return (
    <Card className="md:col-span-2" aria-label="Attributes">
      <CardTitle
        actions={
          <Button size="sm" variant="ghost" onClick={() => setRaw(!raw)}>
            {raw ? "Readable" : "Raw keys"}
          </Button>
        }
      >
        Attributes
      </CardTitle>
      <dl className="grid gap-x-4 sm:grid-cols-2" data-testid="provider-attributes">
        {(raw ? p.attributes.map((a) => ({ label: a.key, value: a.value })) : fields).map((f, i) => (
          <div
            key={`${f.label}/${i}`}
            className="grid grid-cols-[minmax(0,1fr)_auto] gap-2 border-b border-zinc-100 py-1 text-sm dark:border-zinc-800"
          >
            <dt
              className={
                raw ? "font-mono text-xs break-all text-zinc-600 dark:text-zinc-400" : "text-zinc-500"
              }
            >
              {f.label}
            </dt>
            <dd className={raw ? "font-mono text-xs" : "text-right"}>{f.value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
