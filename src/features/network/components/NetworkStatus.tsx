// Header chip: which network, the live block height, and which endpoint is serving it.
import { Link } from "react-router";
import { paths } from "@/config/paths";
import { cn } from "@/lib/cn";
import { useLatestBlock } from "../hooks/use-latest-block";
import { useNetwork } from "../network-context";

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function NetworkStatus() {
  const { network, activeRest, activeRpc } = useNetwork();
  const { data, error, socketState } = useLatestBlock();
  const live = socketState === "open" && !error;
  return (
    <Link
      to={paths.settings()}
      data-testid="network-status"
      title={`REST ${host(activeRest)} · RPC ${host(activeRpc)} · ${socketState === "open" ? "live" : "polling"}`}
      className="flex min-w-0 items-center gap-2 rounded-lg border border-zinc-200 px-2.5 py-1 text-xs hover:bg-zinc-100 dark:border-zinc-800 dark:hover:bg-zinc-900"
    >
      <span
        aria-hidden
        className={cn(
          "size-2 shrink-0 rounded-full",
          error ? "bg-red-500" : live ? "bg-emerald-500" : "bg-amber-500",
        )}
      />
      <span className="font-medium">{network.name}</span>
      <span className="truncate font-mono text-zinc-500 tabular-nums" data-testid="block-height">
        {error ? "unreachable" : data ? `#${data.height.toLocaleString("en-US")}` : "…"}
      </span>
    </Link>
  );
}
