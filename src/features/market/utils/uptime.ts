// What the console can truthfully say about a provider's uptime: whether its /status answers now
// (through the proxy), and how fast. The chain records no uptime and this console keeps no
// history (an indexer would), so a percentage over days is unknown and is never shown as a number.
import type { StatusState } from "@/features/providers";

export const UPTIME_UNKNOWN =
  "Uptime over days is unknown: the chain does not record it, and this console keeps no history of checks.";

/** The "uptime" order: answering now first (the fastest first), then still checking, then not answering. */
export function uptimeRank(s: StatusState | undefined): number {
  if (!s || s.kind === "checking") return 2;
  if (s.kind === "error") return 3;
  if (!s.online) return 4;
  return Math.min(1, s.latencyMs / 60_000);
}

export interface OnlineLabel {
  tone: "good" | "bad" | "neutral";
  text: string;
  title: string;
}

export function onlineLabel(s: StatusState | undefined): OnlineLabel {
  if (!s || s.kind === "checking") return { tone: "neutral", text: "Checking…", title: UPTIME_UNKNOWN };
  if (s.kind === "error")
    return {
      tone: "neutral",
      text: "Status unknown",
      title: `Could not check: ${s.message} ${UPTIME_UNKNOWN}`,
    };
  if (!s.online) return { tone: "bad", text: "Offline now", title: `${s.reason} ${UPTIME_UNKNOWN}` };
  return {
    tone: "good",
    text: "Online now",
    title: `Its /status answered in ${Math.round(s.latencyMs)} ms. ${UPTIME_UNKNOWN}`,
  };
}
