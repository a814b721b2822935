// One provider: identity, host, contact, GPU models, every attribute, and who audited what.
import type { ReactNode } from "react";
import { Link } from "react-router";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { Spinner } from "@/components/ui/spinner";
import { paths } from "@/config/paths";
import { HttpError } from "@/lib/http";
import { useProvider } from "../api/provider-info";
import type { ProviderView } from "../utils/map-provider";
import { AuditedMark } from "./ProviderBadge";

export function ProviderDetail({ address }: { address: string }) {
  const { data, error, isPending } = useProvider(address);
  if (isPending) return <Spinner label="Loading the provider" />;
  if (error) {
    const missing = error instanceof HttpError && error.status === 404;
    return (
      <EmptyState
        title={missing ? "This address is not a registered provider" : "The provider could not be loaded"}
        action={
          <Link className="text-sm font-medium text-brand-600 underline" to={paths.providers()}>
            Back to all providers
          </Link>
        }
      >
        {missing ? `No provider is registered as ${address} on this network.` : error.message}
      </EmptyState>
    );
  }
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <ErrorBoundary name="Provider">
        <IdentityCard provider={data} />
      </ErrorBoundary>
      <ErrorBoundary name="Audits">
        <AuditsCard provider={data} />
      </ErrorBoundary>
      <ErrorBoundary name="Attributes">
        <AttributesCard provider={data} />
      </ErrorBoundary>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_minmax(0,1fr)] gap-2 py-1 text-sm">
      <dt className="text-zinc-500">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

function IdentityCard({ provider: p }: { provider: ProviderView }) {
  return (
    <Card>
      <CardTitle actions={<AuditedMark provider={p} />}>{p.name}</CardTitle>
      <dl>
        <Row label="Address">
          <span className="font-mono text-xs break-all">{p.address}</span>
        </Row>
        <Row label="Host">{p.hostUri}</Row>
        <Row label="Region">{p.region ?? "—"}</Row>
        <Row label="Organisation">{p.organization ?? "—"}</Row>
        <Row label="GPUs">
          {p.gpus.length === 0
            ? "None (CPU only)"
            : p.gpus
                .map((g) =>
                  `${g.vendor} ${g.model.toUpperCase()} ${[...g.ram, ...g.interfaces].join(" ")}`.trim(),
                )
                .join(", ")}
        </Row>
        <Row label="Email">{p.email || "—"}</Row>
        <Row label="Website">{p.website || "—"}</Row>
      </dl>
    </Card>
  );
}

function AuditsCard({ provider: p }: { provider: ProviderView }) {
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
          {p.audits.map((a) => (
            <li key={a.auditor} className="text-sm">
              <p>
                Audited by <span className="font-mono text-xs break-all">{a.auditor}</span>
              </p>
              <p className="text-xs break-all text-zinc-500">
                {a.attributes.map((attr) => `${attr.key}=${attr.value}`).join(", ") || "no attributes"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function AttributesCard({ provider: p }: { provider: ProviderView }) {
  return (
    <Card className="md:col-span-2">
      <CardTitle>Attributes</CardTitle>
      <dl className="grid gap-x-4 sm:grid-cols-2">
        {p.attributes.map((a) => (
          <div
            key={a.key}
            className="grid grid-cols-[minmax(0,1fr)_auto] gap-2 border-b border-zinc-100 py-1 text-xs dark:border-zinc-800"
          >
            <dt className="font-mono break-all text-zinc-600 dark:text-zinc-400">{a.key}</dt>
            <dd className="font-mono">{a.value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
