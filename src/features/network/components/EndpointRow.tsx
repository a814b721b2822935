import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { EndpointKind } from "../api/check-endpoint";
import { useEndpointHealth } from "../hooks/use-endpoint-health";

export function EndpointRow({
  kind,
  url,
  active,
  onRemove,
}: {
  kind: EndpointKind;
  url: string;
  active: boolean;
  onRemove?: () => void;
}) {
  const { data, isFetching, refetch } = useEndpointHealth(kind, url);
  return (
    <li className="flex flex-wrap items-center gap-2 py-2 text-sm" data-testid={`endpoint-${kind}`}>
      <span className="min-w-0 flex-1 truncate font-mono text-xs" title={url}>
        {url}
      </span>
      {active && <Badge tone="info">in use</Badge>}
      {isFetching && !data ? (
        <Badge>checking…</Badge>
      ) : data?.ok ? (
        <Badge tone="good">
          {data.latencyMs} ms · #{data.height.toLocaleString("en-US")}
        </Badge>
      ) : data ? (
        <Badge tone="bad" className="max-w-full whitespace-normal">
          {data.reason}
        </Badge>
      ) : null}
      <Button size="sm" variant="ghost" onClick={() => void refetch()} aria-label={`Check ${url} again`}>
        Check
      </Button>
      {onRemove && (
        <Button size="sm" variant="ghost" onClick={onRemove} aria-label={`Remove ${url}`}>
          Remove
        </Button>
      )}
    </li>
  );
}
