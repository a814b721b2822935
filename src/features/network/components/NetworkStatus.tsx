// Header chip: which network, the live block height, and which endpoint is serving it. It tells
// the truth about the chain: green while blocks arrive, amber when none came for three block times
// ("no new block for 25 s") or when the live feed is down and the height is polled, red when the
// endpoints do not answer.
import { Link } from "react-router";
import { paths } from "@/config/paths";
import { cn } from "@/lib/cn";
import { useChainPulse, type ChainPulse } from "../hooks/use-chain-pulse";
import { useNetwork } from "../network-context";

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

const heightText = (h: number) => `#${h.toLocaleString("en-US")}`;

function describe(pulse: ChainPulse): string {
  switch (pulse.kind) {
    case "waiting":
      return "…";
    case "unreachable":
      return "unreachable";
    case "stalled":
      return `no new block for ${pulse.silentSec} s`;
    default:
      return heightText(pulse.height);
  }
}

const DOT: Record<ChainPulse["kind"], string> = {
  waiting: "bg-zinc-400",
  live: "bg-emerald-500",
  polling: "bg-amber-500",
  stalled: "bg-amber-500",
  unreachable: "bg-red-500",
};

export function NetworkStatus() {
  const { network, activeRest, activeRpc } = useNetwork();
  const pulse = useChainPulse();
  const at = pulse.kind !== "waiting" && pulse.height !== null ? ` · at ${heightText(pulse.height)}` : "";
  return (
    <Link
      to={paths.settings()}
      data-testid="network-status"
      data-state={pulse.kind}
      title={`REST ${host(activeRest)} · RPC ${host(activeRpc)} · ${pulse.kind}${at}`}
      className={cn(
        "flex min-w-0 items-center gap-2 rounded-lg border px-2.5 py-1 text-xs hover:bg-zinc-100 dark:hover:bg-zinc-900",
        pulse.kind === "stalled"
          ? "border-amber-400 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-200"
          : pulse.kind === "unreachable"
            ? "border-red-400 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200"
            : "border-zinc-200 dark:border-zinc-800",
      )}
    >
      <span aria-hidden className={cn("size-2 shrink-0 rounded-full", DOT[pulse.kind])} />
      <span className="font-medium">{network.name}</span>
      <span
        role="status"
        className={cn(
          "truncate tabular-nums",
          pulse.kind === "stalled" || pulse.kind === "unreachable"
            ? "font-medium"
            : "font-mono text-zinc-500",
        )}
        data-testid="block-height"
      >
        {describe(pulse)}
      </span>
    </Link>
  );
}
