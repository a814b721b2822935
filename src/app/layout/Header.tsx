import { AlertBell } from "@/features/alerts";
import { NetworkStatus } from "@/features/network";
import { ThemeToggle } from "./ThemeToggle";
import { HeaderWallet } from "./HeaderWallet";

export function Header() {
  return (
    <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b border-zinc-200 bg-zinc-50/90 px-3 backdrop-blur md:px-6 dark:border-zinc-800 dark:bg-zinc-950/90">
      <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" className="size-7 md:hidden" />
      <NetworkStatus />
      <div className="flex-1" />
      <AlertBell />
      <ThemeToggle />
      <HeaderWallet />
    </header>
  );
}
