// Pre-bid screening, before anything is signed: how many providers on chain could bid on this
// SDL and why the others cannot (GPU model, placement attributes, auditors, and, from their
// /status now, whether they answer and have the capacity free). Price cannot be screened: a
// provider shows its price only by bidding, so the line on price says what the maximum is.
import { useMemo } from "react";
import { Link } from "react-router";
import { Spinner } from "@/components/ui/spinner";
import { paths } from "@/config/paths";
import { useNetwork } from "@/features/network";
import { useProviders, useProviderStatuses } from "@/features/providers";
import { REASON_ORDER, screenProviders, type GroupRequirements, type ReasonKind } from "../utils/screening";

const KIND_LABEL: Record<ReasonKind, string> = {
  gpu: "GPU model",
  attributes: "Placement attributes",
  audit: "Audited by",
  offline: "Not answering now",
  capacity: "Not enough free capacity now",
};

export function ProviderScreening({
  groups,
  maxPerHour,
}: {
  groups: GroupRequirements[];
  maxPerHour: string;
}) {
  const { network } = useNetwork();
  const { providers, isLoading, error } = useProviders();
  // Only providers the chain data lets bid are asked for their /status: one request each.
  const staticFit = useMemo(() => screenProviders(groups, providers).fit, [groups, providers]);
  const statuses = useProviderStatuses(staticFit);
  const s = screenProviders(groups, providers, (a) => statuses.get(a));
  const checking = staticFit.filter((p) => statuses.get(p.address)?.kind === "checking").length;

  if (isLoading) return <Spinner label="Reading the providers on chain" />;
  if (error)
    return (
      <p className="text-sm text-red-700 dark:text-red-400">Could not read the providers: {error.message}</p>
    );
  return (
    <section aria-label="Providers that could bid" className="space-y-2 text-sm" data-testid="screening">
      <p>
        <strong data-testid="screening-fit">
          {s.fit.length} of {s.total} provider{s.total === 1 ? "" : "s"}
        </strong>{" "}
        on {network.name} could bid on this SDL.
      </p>
      {/* One line either way, so the answers arriving do not move what is below (the create button). */}
      {staticFit.length > 0 && (
        <p className="truncate text-xs text-zinc-500" data-testid="screening-status">
          {checking > 0
            ? `Asking ${checking} whether they answer…`
            : `Asked ${staticFit.length === 1 ? "the one that fits" : `the ${staticFit.length} that fit`} whether they answer and have room.`}
        </p>
      )}
      {s.cannot.length > 0 && (
        <ul className="space-y-1" data-testid="screening-reasons">
          {REASON_ORDER.filter((k) => s.byKind[k] > 0).map((k) => (
            <li key={k}>
              <span className="font-medium">{KIND_LABEL[k]}</span>: {s.byKind[k]} cannot
              <ul className="ml-4 text-xs text-zinc-600 dark:text-zinc-400">
                {s.cannot
                  .filter((c) => c.reasons.some((r) => r.kind === k))
                  .map(({ provider, reasons }) => (
                    <li key={provider.address}>
                      <Link to={paths.provider(provider.address)} className="underline">
                        {provider.name}
                      </Link>
                      :{" "}
                      {reasons
                        .filter((r) => r.kind === k)
                        .map((r) => r.text)
                        .join("; ")}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Price: a provider that fits bids only at or under your maximum{maxPerHour ? ` (${maxPerHour})` : ""},
        and shows its price only by bidding.
      </p>
    </section>
  );
}
