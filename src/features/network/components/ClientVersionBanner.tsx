// Says so when the selected network asks for a newer client than this console (its discovery
// endpoint's min_client_version, or module versions it no longer serves). Read when a network is
// selected; a message about one network never shows on another (the query is per network).
import { useQuery } from "@tanstack/react-query";
import { clientVerdict, discoveryQuery } from "../api/discovery";
import { useNetwork } from "../network-context";

export function ClientVersionBanner() {
  const { network, rest } = useNetwork();
  const { data } = useQuery(discoveryQuery(network.id, rest));
  const verdict = data ? clientVerdict(data) : null;
  if (!verdict) return null;
  return (
    <p
      role="alert"
      data-testid="client-version-banner"
      className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
    >
      {verdict}
    </p>
  );
}
