// "Add to calendar": downloads an .ics event at the time the deployment runs out.
import { Button } from "@/components/ui/button";
import { paths } from "@/config/paths";
import { calendarFileName, runOutCalendar } from "../core/ics";

export interface CalendarButtonProps {
  networkId: string;
  owner: string;
  dseq: string;
  name: string | null;
  runsOutAt: Date;
}

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function CalendarButton(props: CalendarButtonProps) {
  const add = () =>
    download(
      calendarFileName(props.dseq),
      runOutCalendar({
        ...props,
        now: new Date(),
        url: `${window.location.origin}${paths.deployment(props.dseq)}`,
      }),
    );
  return (
    <Button size="sm" variant="secondary" onClick={add}>
      Add to calendar
    </Button>
  );
}
