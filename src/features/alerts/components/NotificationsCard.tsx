// Whether alerts also reach the system's notifications: asked only when the tenant clicks, and a
// plain sentence when the browser blocks them or has none.
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { useNotifyPermission } from "../hooks/notifications";

const TEXT = {
  granted: "On: alerts also appear as browser notifications while a console tab is open.",
  default:
    "Off: alerts appear only in this list. Turn them on to be told while the console is in another tab.",
  denied:
    "Blocked: this browser refuses notifications for this site. Alerts still appear in this list; to get notifications, allow them in the site settings (the icon left of the address), then reload.",
  unsupported: "This browser has no notifications here. Alerts still appear in this list.",
} as const;

export function NotificationsCard() {
  const { state, request } = useNotifyPermission();
  const tone = state === "granted" ? "good" : state === "denied" ? "bad" : "neutral";
  return (
    <Card>
      <CardTitle actions={<Badge tone={tone}>{state === "default" ? "off" : state}</Badge>}>
        Browser notifications
      </CardTitle>
      <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="notify-state">
        {TEXT[state]}
      </p>
      {state === "default" && (
        <Button className="mt-3" onClick={() => void request()}>
          Turn on notifications
        </Button>
      )}
      <p className="mt-2 text-xs text-zinc-500">
        There is no account and no server: alerts are checked only while a console tab is open.
      </p>
    </Card>
  );
}
