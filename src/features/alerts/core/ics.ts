// "Add to calendar": one VEVENT at the time a deployment runs out, as an RFC 5545 file. Lines end
// in CRLF and are folded at 75 octets; TEXT values escape \ ; , and newlines; times are UTC
// ("…Z"). The UID is stable per network, owner and deployment, so adding it again updates the
// same event in the calendar instead of adding a second one.
export interface RunOutEvent {
  networkId: string;
  owner: string;
  dseq: string;
  /** the deployment's name in this browser, if any */
  name: string | null;
  /** when the escrow runs out (computed with the measured block time) */
  runsOutAt: Date;
  /** DTSTAMP: when the file is made */
  now: Date;
  /** the page to open, for the event's URL and description */
  url: string | null;
}

const CRLF = "\r\n";

/** 2026-12-03T17:05:09.123Z → 20261203T170509Z */
export function icsTime(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** §3.1: lines longer than 75 octets are split, the rest starting with one space; never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function uidPart(text: string): string {
  return text.replace(/[^A-Za-z0-9.-]/g, "-");
}

export function runOutCalendar(e: RunOutEvent): string {
  const who = e.name ? `${e.name} (deployment ${e.dseq})` : `Deployment ${e.dseq}`;
  const end = new Date(e.runsOutAt.getTime() + 15 * 60_000);
  const description = [
    `${who} on ${e.networkId} runs out of escrow about now, at the current lease price and the measured block time.`,
    "Deposit before then to keep it running.",
    e.url ? `Open: ${e.url}` : null,
  ]
    .filter((l): l is string => l !== null)
    .join("\n");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Akash Console//Runway alerts//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:runout-${uidPart(e.networkId)}-${uidPart(e.owner)}-${uidPart(e.dseq)}@akash-console`,
    `DTSTAMP:${icsTime(e.now)}`,
    `DTSTART:${icsTime(e.runsOutAt)}`,
    `DTEND:${icsTime(end)}`,
    `SUMMARY:${escapeText(`${who} runs out of escrow`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(e.url ? [`URL:${e.url}`] : []),
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "TRIGGER:-PT1H",
    `DESCRIPTION:${escapeText(`${who} runs out of escrow in an hour`)}`,
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

export function calendarFileName(dseq: string): string {
  return `deployment-${dseq}-runs-out.ics`;
}
