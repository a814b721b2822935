// A provider's identity in one small piece: name, region, audited mark and GPU models. Rows,
// bids and leases all show providers through it, so a provider reads the same everywhere.
import { Link } from "react-router";
import { Badge } from "@/components/ui/badge";
import { paths } from "@/config/paths";
import { shortAddress } from "../utils/short-address";
import type { ProviderView } from "../utils/map-provider";

export function gpuLabel(provider: ProviderView): string {
  return provider.gpus.map((g) => g.model.toUpperCase()).join(", ");
}

export function AuditedMark({ provider }: { provider: ProviderView }) {
  if (!provider.audited) return null;
  return (
    <Badge tone="good" className="shrink-0">
      <span aria-hidden>✓</span>&nbsp;Audited
    </Badge>
  );
}

export function ProviderBadge({
  address,
  provider,
  showGpus = false,
  link = true,
}: {
  address: string;
  /** undefined while the providers list loads or when the provider is not registered */
  provider: ProviderView | undefined;
  showGpus?: boolean;
  link?: boolean;
}) {
  const name = provider?.name ?? shortAddress(address);
  return (
    <span
      className="inline-flex min-w-0 flex-wrap items-center gap-x-1.5 gap-y-0.5"
      data-testid="provider-badge"
    >
      {link ? (
        <Link
          to={paths.provider(address)}
          className="truncate font-medium text-brand-700 hover:underline dark:text-brand-500"
          title={address}
        >
          {name}
        </Link>
      ) : (
        <span className="truncate font-medium" title={address}>
          {name}
        </span>
      )}
      {provider?.region && <span className="text-xs text-zinc-500">{provider.region}</span>}
      {provider && <AuditedMark provider={provider} />}
      {showGpus && provider && provider.gpus.length > 0 && <Badge tone="info">{gpuLabel(provider)}</Badge>}
    </span>
  );
}
