// A lease its provider is reclaiming (AEP-82), said plainly at the top of the deployment: who,
// why, a live countdown to the deadline in time and blocks, what happens when it passes, and the
// owner's way out (`action`, composed by the route: redeploy elsewhere). After the provider closed
// the lease, what is left: a paused deployment still holding its escrow.
import type { ReactNode } from "react";
import { formatDuration } from "@/lib/format";
import { ProviderBadge, type ProviderView } from "@/features/providers";
import { Balance } from "../Price";
import { useNowSec } from "../../hooks/use-now";
import {
  reasonText,
  reclaimNotices,
  type ChainClock,
  type ReclaimCountdown,
  type ReclaimNotice,
} from "../../utils/reclamation";
import type { Amount, LeaseView } from "../../utils/types";

/** "2 d 3 h 4 min", "1 h 05 min 09 s", "4 min 09 s": seconds shown while it is under a day. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3_600);
  const m = Math.floor((s % 3_600) / 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  if (d > 0) return `${d} d ${h} h ${m} min`;
  if (h > 0) return `${h} h ${pad(m)} min ${pad(s % 60)} s`;
  return `${m} min ${pad(s % 60)} s`;
}

function Countdown({ countdown, deadlineSec }: { countdown: ReclaimCountdown | null; deadlineSec: number }) {
  const at = new Date(deadlineSec * 1000).toLocaleString(undefined, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  if (!countdown) return <p>Deadline: {at}.</p>;
  if (countdown.due)
    return (
      <p className="font-medium" data-testid="reclaim-countdown">
        The deadline ({at}) has passed: the provider closes the lease at its next block.
      </p>
    );
  return (
    <p>
      <span className="text-lg font-semibold tabular-nums" data-testid="reclaim-countdown">
        {formatCountdown(countdown.secondsLeft)}
      </span>{" "}
      left, until {at}{" "}
      <span className="text-xs" data-testid="reclaim-blocks">
        (about {countdown.blocksLeft.toLocaleString("en-US")} blocks at{" "}
        {countdown.blockTimeSec.toFixed(countdown.blockTimeSec < 10 ? 2 : 1)} s a block,{" "}
        {countdown.measured ? "measured since reclaiming started" : "the network's average"})
      </span>
    </p>
  );
}

/** The lease's window (the winning bid's), and the minimum the deployment's SDL asked for. */
function WindowLine({ windowSec, sdlWindowSec }: { windowSec: number; sdlWindowSec: number | null }) {
  return (
    <p data-testid="reclaim-window">
      Notice given: {formatDuration(windowSec)}, the reclamation window of this lease
      {sdlWindowSec
        ? `; this deployment's SDL asked for at least ${formatDuration(sdlWindowSec)}.`
        : "; this deployment's SDL asked for none, so the provider's own applies."}
    </p>
  );
}

function Notice({
  notice,
  provider,
  balance,
  sdlWindowSec,
}: {
  notice: ReclaimNotice;
  provider: ProviderView | undefined;
  balance: Amount | null;
  sdlWindowSec: number | null;
}) {
  const { lease } = notice;
  const started = lease.reclamation?.started;
  if (!started) return null;
  const who = <ProviderBadge address={lease.provider} provider={provider} />;
  if (lease.state !== "reclaiming")
    return (
      <div className="grid gap-1">
        <p className="font-medium" data-testid="reclaim-closed">
          {who} reclaimed its resources and closed the lease
          {lease.closedOn ? ` at block ${lease.closedOn.toLocaleString("en-US")}` : ""}.
        </p>
        <p>
          The deployment is paused: no provider runs it and no new bids come. Its escrow still holds{" "}
          <span data-testid="reclaim-escrow">
            <Balance amount={balance} />
          </span>
          : close the deployment to get that back, or redeploy elsewhere.
        </p>
      </div>
    );
  return (
    <div className="grid gap-1">
      <p className="font-medium">
        {who} is reclaiming this lease: {reasonText(started.reason)}.
      </p>
      <Countdown countdown={notice.countdown} deadlineSec={started.deadlineSec} />
      <WindowLine windowSec={lease.reclamation?.windowSec ?? 0} sdlWindowSec={sdlWindowSec} />
      <p>
        Until then your services keep running and the lease is still charged its price. At the deadline the
        provider closes the lease and stops them; the deployment then stays open but paused, with its escrow
        held until you close it.
      </p>
    </div>
  );
}

/** Reclaimed leases of an active deployment, leaving out a group that runs again elsewhere. */
export function openNotices(state: string, leases: readonly LeaseView[], notices: ReclaimNotice[]) {
  if (state !== "active") return [];
  const running = new Set(leases.filter((l) => l.state === "active").map((l) => l.gseq));
  return notices.filter((n) => n.lease.state === "reclaiming" || !running.has(n.lease.gseq));
}

/** Ticks every second on its own, so the countdown never re-renders the rest of the page. */
export function ReclaimBanner(props: {
  deploymentState: string;
  leases: readonly LeaseView[];
  clock: ChainClock | null;
  blockTimeSec: number;
  providers: ReadonlyMap<string, ProviderView>;
  balance: Amount | null;
  /** the deployment's own minimum (MsgCreateDeployment.reclamation), null when it asked none */
  sdlWindowSec?: number | null;
  action?: ReactNode;
}) {
  const nowSec = useNowSec();
  const notices = openNotices(
    props.deploymentState,
    props.leases,
    reclaimNotices(props.leases, props.clock, nowSec, props.blockTimeSec),
  );
  if (notices.length === 0) return null;
  return (
    // On a phone (one column) the banner comes first, above the summary and the live part.
    <section
      aria-label="Lease being reclaimed"
      data-testid="reclaim-banner"
      className="grid gap-3 rounded-xl border border-amber-300 max-md:-order-3 bg-amber-50 p-4 text-sm text-amber-950 md:col-span-2 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      {notices.map((n) => (
        <Notice
          key={`${n.lease.provider}/${n.lease.gseq}/${n.lease.oseq}`}
          notice={n}
          provider={props.providers.get(n.lease.provider)}
          balance={props.balance}
          sdlWindowSec={props.sdlWindowSec ?? null}
        />
      ))}
      {props.action}
    </section>
  );
}
