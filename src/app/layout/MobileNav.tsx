// Phone navigation: a bottom bar with the primary pages and a "More" drawer for the rest.
import { useState } from "react";
import { NavLink } from "react-router";
import { cn } from "@/lib/cn";
import { NAV_ITEMS, NavIcon } from "./nav-items";

const linkClass = ({ isActive }: { isActive: boolean }) =>
  cn(
    "flex flex-1 flex-col items-center gap-0.5 py-2 text-[11px]",
    isActive ? "text-brand-600" : "text-zinc-600 dark:text-zinc-400",
  );

export function MobileNav() {
  const [drawerOpen, setDrawerOpen] = useState(false);
  return (
    <>
      <nav
        aria-label="Main"
        className="fixed inset-x-0 bottom-0 z-40 flex border-t border-zinc-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:hidden dark:border-zinc-800 dark:bg-zinc-950/95"
      >
        {NAV_ITEMS.filter((i) => i.primary).map((item) => (
          <NavLink key={item.to} to={item.to} end={item.to === "/"} className={linkClass}>
            <NavIcon d={item.icon} />
            {item.label}
          </NavLink>
        ))}
        <button
          className="flex flex-1 flex-col items-center gap-0.5 py-2 text-[11px] text-zinc-600 dark:text-zinc-400"
          aria-expanded={drawerOpen}
          aria-controls="more-drawer"
          onClick={() => setDrawerOpen(true)}
        >
          <NavIcon d="M5 12h.01M12 12h.01M19 12h.01" />
          More
        </button>
      </nav>
      {drawerOpen && (
        <div
          className="fixed inset-0 z-50 md:hidden"
          role="dialog"
          aria-modal="true"
          aria-label="More pages"
          id="more-drawer"
        >
          <button
            className="absolute inset-0 bg-black/40"
            aria-label="Close menu"
            onClick={() => setDrawerOpen(false)}
          />
          <div className="absolute inset-x-0 bottom-0 rounded-t-2xl bg-white p-4 pb-[calc(1rem+env(safe-area-inset-bottom))] dark:bg-zinc-900">
            {NAV_ITEMS.filter((i) => !i.primary).map((item) => (
              <NavLink
                key={item.to}
                to={item.to}
                onClick={() => setDrawerOpen(false)}
                className="flex items-center gap-3 rounded-lg px-3 py-3 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
              >
                <NavIcon d={item.icon} />
                {item.label}
              </NavLink>
            ))}
          </div>
        </div>
      )}
    </>
  );
}
