// The providers page body: filters and the list of registered providers. Two requests in all
// (providers, audits); filtering happens in the browser.
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Input, Select } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { paths } from "@/config/paths";
import { useProviders } from "../hooks/use-providers";
import { filterProviders, gpuModelsOffered, NO_FILTER, type ProviderFilter } from "../utils/filter-providers";
import type { ProviderView } from "../utils/map-provider";
import { AuditedMark } from "./ProviderBadge";

export function ProvidersPage() {
  const { providers, isLoading, error, refetch } = useProviders();
  const [filter, setFilter] = useState<ProviderFilter>(NO_FILTER);
  const models = useMemo(() => gpuModelsOffered(providers), [providers]);
  const shown = useMemo(() => filterProviders(providers, filter), [providers, filter]);

  if (isLoading) return <Spinner label="Loading providers" />;
  if (error && providers.length === 0)
    return (
      <EmptyState
        title="The providers could not be loaded"
        action={<Button onClick={refetch}>Try again</Button>}
      >
        {error.message} Check the REST endpoint in Settings, or try again.
      </EmptyState>
    );
  if (providers.length === 0)
    return (
      <EmptyState title="No provider is registered on this network">
        Providers appear here once they register on chain. Pick another network in Settings to browse its
        providers.
      </EmptyState>
    );
  return (
    <div className="grid gap-4">
      <ProviderFilters filter={filter} onChange={setFilter} models={models} />
      {error && (
        <p role="alert" className="text-sm text-amber-700 dark:text-amber-400">
          Audit information is missing: {error.message}
        </p>
      )}
      <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
        {shown.length} of {providers.length} providers
      </p>
      {shown.length === 0 ? (
        <EmptyState
          title="No provider matches these filters"
          action={
            <Button variant="secondary" onClick={() => setFilter(NO_FILTER)}>
              Clear the filters
            </Button>
          }
        />
      ) : (
        <ul className="grid gap-2" aria-label="Providers">
          {shown.map((p) => (
            <ProviderItem key={p.address} provider={p} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ProviderFilters({
  filter,
  onChange,
  models,
}: {
  filter: ProviderFilter;
  onChange: (f: ProviderFilter) => void;
  models: string[];
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
      <Field label="Search">
        <Input
          type="search"
          value={filter.query}
          placeholder="Name, host, region or address"
          onChange={(e) => onChange({ ...filter, query: e.target.value })}
        />
      </Field>
      <Field label="GPU">
        <Select value={filter.gpu} onChange={(e) => onChange({ ...filter, gpu: e.target.value })}>
          <option value="">Any hardware</option>
          <option value="any">Any GPU</option>
          {models.map((m) => (
            <option key={m} value={m}>
              {m.toUpperCase()}
            </option>
          ))}
        </Select>
      </Field>
      <label className="flex h-10 items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4"
          checked={filter.auditedOnly}
          onChange={(e) => onChange({ ...filter, auditedOnly: e.target.checked })}
        />
        Audited only
      </label>
    </div>
  );
}

function ProviderItem({ provider: p }: { provider: ProviderView }) {
  return (
    <li
      className="grid gap-1 rounded-xl border border-zinc-200 bg-white p-3 md:grid-cols-[minmax(0,2fr)_8rem_minmax(0,1.5fr)_6rem] md:items-center md:gap-3 dark:border-zinc-800 dark:bg-zinc-900"
      data-testid="provider-item"
    >
      <div className="min-w-0">
        <Link
          to={paths.provider(p.address)}
          className="font-medium text-brand-700 hover:underline dark:text-brand-500"
        >
          {p.name}
        </Link>
        <p className="truncate text-xs text-zinc-500" title={p.hostUri}>
          {p.host}
        </p>
      </div>
      <div className="text-sm" data-testid="provider-region">
        {p.region ?? <span className="text-zinc-500">No region</span>}
      </div>
      <div className="text-sm" data-testid="provider-gpus">
        {p.gpus.length > 0 ? (
          p.gpus.map((g) => `${g.model.toUpperCase()}${g.ram.length ? ` ${g.ram.join("/")}` : ""}`).join(", ")
        ) : (
          <span className="text-zinc-500">CPU only</span>
        )}
      </div>
      <div>
        <AuditedMark provider={p} />
      </div>
    </li>
  );
}
