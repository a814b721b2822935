// One row of the wallet modal: a wallet, whether it is installed, and its connection state.
import type { ReactNode } from "react";
import { Spinner } from "@/components/ui/spinner";

function KeyIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      className="size-5 text-zinc-600 dark:text-zinc-300"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden
    >
      <circle cx="8" cy="15" r="4" />
      <path d="M10.8 12.2 20 3m-4 4 3 3m-5-1 2 2" strokeLinecap="round" />
    </svg>
  );
}

export type Availability = "checking" | "installed" | "missing";

export function WalletOption({
  name,
  logo,
  availability,
  busy,
  installUrl,
  detail,
  onSelect,
}: {
  name: string;
  logo: string | null;
  availability: Availability;
  busy: boolean;
  installUrl?: string;
  detail?: ReactNode;
  onSelect(): void;
}) {
  const usable = availability === "installed";
  return (
    <li className="flex items-center gap-3 rounded-lg border border-zinc-200 p-2 dark:border-zinc-800">
      <span className="flex size-9 shrink-0 items-center justify-center overflow-hidden rounded-md bg-zinc-100 dark:bg-zinc-800">
        {logo ? <img src={logo} alt="" className="size-7" /> : <KeyIcon />}
      </span>
      <span className="min-w-0 flex-1">
        <span className="block text-sm font-medium">{name}</span>
        <span className="block text-xs text-zinc-500">
          {availability === "checking"
            ? "Looking for it…"
            : availability === "missing"
              ? "Not installed"
              : detail}
        </span>
      </span>
      {busy ? (
        <Spinner label="Connecting" />
      ) : usable ? (
        <button
          type="button"
          onClick={onSelect}
          aria-label={`Connect ${name}`}
          className="h-8 rounded-lg bg-brand-600 px-3 text-sm font-medium text-white hover:bg-brand-700"
        >
          Connect
        </button>
      ) : availability === "missing" && installUrl ? (
        <a
          href={installUrl}
          target="_blank"
          rel="noreferrer noopener"
          className="text-sm font-medium text-brand-600 underline"
        >
          Install
        </a>
      ) : null}
    </li>
  );
}
