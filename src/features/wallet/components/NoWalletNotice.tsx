// Shown when no wallet can be used here: what to install, or where to open the page instead.
const LINKS = [
  { name: "Keplr", href: "https://www.keplr.app/get" },
  { name: "Leap", href: "https://www.leapwallet.io/download" },
  { name: "Cosmostation", href: "https://cosmostation.io/products/cosmostation_extension" },
];

export function NoWalletNotice({ phone }: { phone: boolean }) {
  return (
    <div
      role="status"
      className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/40"
    >
      <p className="font-semibold">No wallet found{phone ? " on this phone" : " in this browser"}.</p>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">
        {phone
          ? "Open this page in the browser inside the Keplr or Leap app, or install one of them:"
          : "Install one of these wallet extensions, then reload this page:"}
      </p>
      <ul className="mt-2 flex flex-wrap gap-3">
        {LINKS.map((l) => (
          <li key={l.name}>
            <a
              href={l.href}
              target="_blank"
              rel="noreferrer noopener"
              className="font-medium text-brand-600 underline"
            >
              Install {l.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
