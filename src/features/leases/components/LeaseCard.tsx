// One lease: its provider, the manifest's delivery (with "Send again"), the services' readiness,
// URIs and forwarded ports, then logs, events and a shell. Status refreshes until every service is ready
// (an update rolling out is not ready yet). A provider's log stream follows the pods that exist
// when it opens and ends once an update has replaced them, so logs and events reopen when a
// rollout completes: what they show is the new version's.
import { useState, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { Spinner } from "@/components/ui/spinner";
import { useLeaseStatus, type LeaseRef } from "../hooks/use-lease-status";
import { useProviderAccess } from "../hooks/use-provider-access";
import type { ServiceStatus } from "../api/lease-status";
import { ShellPanel } from "./ShellPanel";
import { StreamPanel } from "./StreamPanel";

type Tab = "logs" | "kubeevents" | "shell";
const TAB_LABEL: Record<Tab, string> = { logs: "Logs", kubeevents: "Events", shell: "Shell" };

function ServiceRow({ s }: { s: ServiceStatus }) {
  return (
    <li
      className="rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800"
      data-testid="service-row"
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{s.name}</span>
        <Badge tone={s.total > 0 && s.ready >= s.total ? "good" : "warn"}>
          {s.ready}/{s.total} ready
        </Badge>
      </div>
      {s.uris.map((uri) => (
        <a
          key={uri}
          href={`http://${uri}`}
          target="_blank"
          rel="noreferrer"
          className="mt-1 block break-all text-brand-600 underline"
        >
          {uri}
        </a>
      ))}
      {s.ports.map((p) => (
        <p key={`${p.port}-${p.externalPort}`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {p.proto === "TCP" ? (
            <a
              href={`http://${p.host}:${p.externalPort}`}
              target="_blank"
              rel="noreferrer"
              className="text-brand-600 underline"
            >
              {p.host}:{p.externalPort}
            </a>
          ) : (
            `${p.host}:${p.externalPort}`
          )}{" "}
          → port {p.port} ({p.proto})
        </p>
      ))}
    </li>
  );
}

/** Said plainly where a page needs the provider proxy and this console has none. */
export function NoProxyNotice() {
  return (
    <p className="text-sm text-amber-800 dark:text-amber-300" role="note" data-testid="no-proxy">
      This console has no provider proxy (config.json sets none), so it cannot reach providers: the manifest,
      lease status, logs and events are unavailable here. Everything on chain (deploy, bids, leases, deposits,
      close) still works.
    </p>
  );
}

export function LeaseCard({
  lease,
  manifest,
  actions,
}: {
  lease: LeaseRef;
  manifest?: ReactNode;
  actions?: ReactNode;
}) {
  const { target, jwt, providerName, proxyConfigured } = useProviderAccess();
  const status = useLeaseStatus(lease, proxyConfigured);
  const [tab, setTab] = useState<Tab>("logs");
  const services = status.data?.services ?? [];
  // Each service's settled version: a rollout in progress still counts as the previous one.
  const settled = services
    .map((s) => `${s.name}@${s.updated >= s.total ? s.generation : s.generation - 1}`)
    .join();
  return (
    <Card data-testid="lease-card">
      <CardTitle actions={actions}>
        Lease with {providerName(lease.provider)} (group {lease.gseq})
      </CardTitle>
      {manifest}
      {!proxyConfigured && <NoProxyNotice />}
      <ErrorBoundary name="Lease status">
        {proxyConfigured && status.isPending && <Spinner label="Asking the provider for the lease status" />}
        {status.error && <p className="text-sm text-red-700 dark:text-red-400">{status.error.message}</p>}
        {status.data && !status.data.running && (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            The provider is not running this lease yet: it starts once it has the manifest.
          </p>
        )}
        {status.data?.running && (
          <div className="space-y-2">
            <p className="text-sm" role="status">
              {status.data.rolling
                ? "Rolling out the update: the previous version serves until the new one is ready…"
                : status.data.allReady
                  ? "All services are ready."
                  : "Starting services…"}
            </p>
            <ul className="space-y-2">
              {services.map((s) => (
                <ServiceRow key={s.name} s={s} />
              ))}
            </ul>
          </div>
        )}
      </ErrorBoundary>
      {status.data?.running && (
        <ErrorBoundary name="Logs, events and shell">
          <div className="mt-4 space-y-2">
            <div role="tablist" className="flex gap-2">
              {(["logs", "kubeevents", "shell"] as const).map((k) => (
                <Button
                  key={k}
                  role="tab"
                  aria-selected={tab === k}
                  size="sm"
                  variant={tab === k ? "primary" : "ghost"}
                  onClick={() => setTab(k)}
                >
                  {TAB_LABEL[k]}
                </Button>
              ))}
            </div>
            {tab === "shell" ? (
              <ShellPanel lease={lease} target={target(lease.provider)} jwt={jwt} services={services} />
            ) : (
              <StreamPanel
                key={`${tab}:${settled}`}
                kind={tab}
                target={target(lease.provider)}
                jwt={jwt}
                lease={lease}
                services={services.map((s) => s.name)}
              />
            )}
          </div>
        </ErrorBoundary>
      )}
    </Card>
  );
}
