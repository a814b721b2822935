// Time left, honest about the cases where there is none: closed, nothing burning, out of funds.
import { formatDuration } from "@/lib/format";
import { cn } from "@/lib/cn";
import type { TimeLeft } from "../utils/time-left";

export function isLow(timeLeft: TimeLeft, warnSeconds: number): boolean {
  return timeLeft.kind === "overdrawn" || (timeLeft.kind === "running" && timeLeft.secondsLeft < warnSeconds);
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
          title={`${Math.floor(timeLeft.blocksLeft).toLocaleString("en-US")} blocks`}
        >
          {formatDuration(timeLeft.secondsLeft)}
        </span>
      );
  }
}
