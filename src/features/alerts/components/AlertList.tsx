// The in-app list of alerts (newest first): unread ones marked, each linking to its deployment,
// escrow alerts with "Add to calendar".
import { Link } from "react-router";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { paths } from "@/config/paths";
import { Badge } from "@/components/ui/badge";
import type { AlertEntry } from "../core/log";
import { clearEntries, useAlertLog, useMarkRead } from "../storage/alerts-store";
import { CalendarButton } from "./CalendarButton";

function Entry({ entry, onOpen }: { entry: AlertEntry; onOpen: () => void }) {
  return (
    <li
      className="grid gap-1 border-b border-zinc-200 py-3 last:border-0 dark:border-zinc-800"
      data-testid="alert-entry"
      data-unread={!entry.read}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-medium">
          {entry.title}{" "}
          {!entry.read && (
            <Badge tone="info" className="ml-1">
              new
            </Badge>
          )}
        </span>
        <time className="text-xs text-zinc-500" dateTime={entry.at}>
          {new Date(entry.at).toLocaleString()}
        </time>
      </div>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{entry.body}</p>
      <div className="flex flex-wrap gap-3 text-sm">
        {entry.dseq && (
          <Link
            className="font-medium text-brand-600 underline"
            to={paths.deployment(entry.dseq)}
            onClick={onOpen}
          >
            Open deployment
          </Link>
        )}
        {entry.runsOutAt && entry.dseq && (
          <CalendarButton
            networkId={entry.networkId}
            owner={entry.owner}
            dseq={entry.dseq}
            name={null}
            runsOutAt={new Date(entry.runsOutAt)}
          />
        )}
      </div>
    </li>
  );
}

export function AlertList() {
  const { entries } = useAlertLog();
  const markRead = useMarkRead();
  const unread = entries.filter((e) => !e.read).length;
  return (
    <Card>
      <CardTitle
        actions={
          entries.length > 0 && (
            <div className="flex gap-2">
              <Button size="sm" variant="secondary" disabled={unread === 0} onClick={() => markRead()}>
                Mark all read
              </Button>
              <Button size="sm" variant="ghost" onClick={clearEntries}>
                Clear
              </Button>
            </div>
          )
        }
      >
        Alerts {unread > 0 && <span className="text-sm font-normal text-zinc-500">({unread} unread)</span>}
      </CardTitle>
      {entries.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No alert has fired in this browser.</p>
      ) : (
        <ul aria-label="Alerts">
          {entries.map((e) => (
            <Entry key={e.id} entry={e} onOpen={() => markRead([e.id])} />
          ))}
        </ul>
      )}
    </Card>
  );
}
