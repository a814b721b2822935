// What the page knows about one log or event line: where it came from, its level and its time.
// Provider lines carry no timestamp of their own, so the time is the one the line states (ISO
// 8601, nginx's [03/Dec/2026:13:48:38 +0000], logfmt time=…) or else when it arrived.

export type LogLevel = "error" | "warn" | "info" | "debug";
export const LEVELS: readonly LogLevel[] = ["error", "warn", "info", "debug"];

export interface StreamLine {
  id: number;
  /** the pod (logs) or the object (events) */
  source: string;
  text: string;
  /** ms since the epoch */
  at: number;
  level: LogLevel;
  /** a line written by the console (a reconnect), not by the provider */
  notice?: boolean;
}

const ERROR =
  /\b(error|err|fatal|panic|crit(ical)?|emerg|alert|exception)\b|level=(error|fatal)|"level":"(error|fatal)"/i;
const WARN = /\b(warn(ing)?)\b|level=warn|"level":"warn(ing)?"/i;
const DEBUG = /\b(debug|trace)\b|level=(debug|trace)/i;
/** nginx's combined log format: the status after the quoted request line */
const ACCESS_STATUS = /" ([1-5]\d\d) \d+ "/;

export function levelOf(text: string): LogLevel {
  const status = ACCESS_STATUS.exec(text)?.[1];
  if (status) return status.startsWith("5") ? "error" : status.startsWith("4") ? "warn" : "info";
  // Kubernetes events: type Warning / Normal, written first by eventText.
  if (text.startsWith("Warning ")) return "warn";
  if (ERROR.test(text)) return "error";
  if (WARN.test(text)) return "warn";
  if (DEBUG.test(text)) return "debug";
  return "info";
}

const ISO = /\b(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})?/;
const NGINX = /\[(\d{2})\/(\w{3})\/(\d{4}):(\d{2}:\d{2}:\d{2}) ([+-]\d{4})\]/;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The time a line states, in ms since the epoch, or null (UTC when it names no zone). */
export function timeOf(text: string): number | null {
  const iso = ISO.exec(text);
  if (iso) {
    const t = Date.parse(`${iso[1]}T${iso[2]}${iso[3] ?? "Z"}`);
    return Number.isNaN(t) ? null : t;
  }
  const ng = NGINX.exec(text);
  if (ng) {
    const month = MONTHS.indexOf(ng[2] ?? "") + 1;
    if (month === 0) return null;
    const zone = `${(ng[5] ?? "+0000").slice(0, 3)}:${(ng[5] ?? "+0000").slice(3)}`;
    const t = Date.parse(`${ng[3]}-${String(month).padStart(2, "0")}-${ng[1]}T${ng[4]}${zone}`);
    return Number.isNaN(t) ? null : t;
  }
  return null;
}

/** A provider frame as text: logs are {name, message}; events are a LeaseEvent. */
export function parseFrame(kind: "logs" | "kubeevents", data: string): { source: string; text: string } {
  try {
    const frame = JSON.parse(data) as Record<string, unknown>;
    if (kind === "logs") return { source: String(frame.name ?? ""), text: String(frame.message ?? "") };
    const object = (frame.object ?? {}) as Record<string, unknown>;
    const type = String(frame.type ?? "");
    return {
      source: String(object.name ?? ""),
      text: `${type ? `${type} ` : ""}${String(frame.reason ?? "")}: ${String(frame.note ?? "")}`,
    };
  } catch {
    return { source: "", text: data };
  }
}
