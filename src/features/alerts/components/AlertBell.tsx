// The header's bell: the alerts page, with how many alerts are unread.
import { Link } from "react-router";
import { paths } from "@/config/paths";
import { useAlertLog } from "../storage/alerts-store";

export function AlertBell() {
  const unread = useAlertLog().entries.filter((e) => !e.read).length;
  const label = unread ? `Alerts, ${unread} unread` : "Alerts";
  return (
    <Link
      to={paths.alerts()}
      aria-label={label}
      title={label}
      className="relative inline-flex size-10 items-center justify-center rounded-lg text-zinc-700 hover:bg-zinc-200/60 dark:text-zinc-300 dark:hover:bg-zinc-800"
    >
      <svg
        viewBox="0 0 24 24"
        className="size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        aria-hidden
      >
        <path
          d="M6 8a6 6 0 1112 0c0 7 3 8 3 8H3s3-1 3-8M10 20a2 2 0 004 0"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {unread > 0 && (
        <span
          data-testid="alert-count"
          className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs leading-5 font-semibold text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
