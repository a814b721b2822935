// Time left, honest about the cases where there is none: closed, nothing burning, out of funds.
import { formatDuration } from "@/lib/format";
import { cn } from "@/lib/cn";
import type { TimeLeft } from "../utils/time-left";

export function isLow(timeLeft: TimeLeft, warnSeconds: number): boolean {
  return timeLeft.kind === "overdrawn" || (timeLeft.kind === "running" && timeLeft.secondsLeft < warnSeconds);
}

/** How the estimate is made: "2,857,139 blocks at 0.961 s a block". */
export function blocksAt(blocksLeft: number, blockTimeSec: number): string {
  return `${Math.floor(blocksLeft).toLocaleString("en-US")} blocks at ${blockTimeSec.toFixed(3)} s a block`;
}

export function TimeLeftText({ timeLeft, warnSeconds }: { timeLeft: TimeLeft; warnSeconds: number }) {
  switch (timeLeft.kind) {
    case "closed":
      return <span className="text-zinc-500">Closed</span>;
    case "no-lease":
      return <span className="text-zinc-500">No active lease</span>;
    case "overdrawn":
      return <span className="font-medium text-red-700 dark:text-red-400">Out of funds</span>;
    case "running":
      return (
        <span
          className={cn(isLow(timeLeft, warnSeconds) && "font-medium text-amber-700 dark:text-amber-400")}
          title={blocksAt(timeLeft.blocksLeft, timeLeft.blockTimeSec)}
        >
          {formatDuration(timeLeft.secondsLeft)}
        </span>
      );
  }
}
