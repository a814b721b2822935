// One provider: identity and whether it answers now, what it has free (its /status through the
// proxy), who audited what (by name), and its attributes as readable fields. The tenant's own
// leases there come from the route (the deployments feature knows them).
import type { ReactNode } from "react";
import { Link } from "react-router";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { Spinner } from "@/components/ui/spinner";
import { paths } from "@/config/paths";
import { HttpError } from "@/lib/http";
import { useProvider } from "../api/provider-info";
import { useProviderStatus, type StatusState } from "../hooks/use-provider-status";
import type { ProviderView } from "../utils/map-provider";
import { AttributesCard, AuditsCard, CapacityCard, OnlineBadge, Row } from "./ProviderCards";
import { AuditedMark } from "./ProviderBadge";

/** `leases`: the viewer's own leases on this provider, placed beside the audits. */
export function ProviderDetail({ address, leases }: { address: string; leases?: ReactNode }) {
  const { data, error, isPending } = useProvider(address);
  const status = useProviderStatus(data);
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
        <IdentityCard provider={data} status={status} />
      </ErrorBoundary>
      <ErrorBoundary name="Capacity">
        <CapacityCard provider={data} status={status} />
      </ErrorBoundary>
      <ErrorBoundary name="Audits">
        <AuditsCard provider={data} />
      </ErrorBoundary>
      {leases && <ErrorBoundary name="Your leases">{leases}</ErrorBoundary>}
      <ErrorBoundary name="Attributes">
        <AttributesCard provider={data} />
      </ErrorBoundary>
    </div>
  );
}

function IdentityCard({ provider: p, status }: { provider: ProviderView; status: StatusState }) {
  return (
    <Card>
      <CardTitle
        actions={
          <span className="flex gap-1">
            <OnlineBadge status={status} />
            <AuditedMark provider={p} />
          </span>
        }
      >
        {p.name}
      </CardTitle>
      <dl>
        <Row label="Address">
          <span className="font-mono text-xs break-all">{p.address}</span>
        </Row>
        <Row label="Host">{p.hostUri}</Row>
        <Row label="Region">{p.region ?? "—"}</Row>
        <Row label="Organisation">{p.organization ?? "—"}</Row>
        <Row label="Email">{p.email || "—"}</Row>
        <Row label="Website">{p.website || "—"}</Row>
        <Row label="Uptime">
          <span title={UPTIME_NOTE}>Unknown over days (the chain records none)</span>
        </Row>
      </dl>
    </Card>
  );
}

const UPTIME_NOTE =
  "The chain records no uptime and this console keeps no history of checks; it shows whether the provider answers now.";
