import { NavLink } from "react-router";
import { cn } from "@/lib/cn";
import { NAV_ITEMS, NavIcon } from "./nav-items";

export function Sidebar() {
  return (
    <nav
      aria-label="Main"
      className="hidden w-56 shrink-0 flex-col gap-1 border-r border-zinc-200 p-3 md:flex dark:border-zinc-800"
    >
      <div className="mb-4 flex items-center gap-2 px-2 py-1">
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" className="size-7" />
        <span className="text-sm leading-tight font-semibold">
          Akash Console
          <span className="block text-xs font-normal text-zinc-500">self-custody</span>
        </span>
      </div>
      {NAV_ITEMS.map((item) => (
        <NavLink
          key={item.to}
          to={item.to}
          end={item.to === "/"}
          className={({ isActive }) =>
            cn(
              "flex items-center gap-3 rounded-lg px-3 py-2 text-sm",
              isActive
                ? "bg-brand-50 font-medium text-brand-700 dark:bg-brand-600/15 dark:text-brand-500"
                : "hover:bg-zinc-100 dark:hover:bg-zinc-900",
            )
          }
        >
          <NavIcon d={item.icon} />
          {item.label}
        </NavLink>
      ))}
    </nav>
  );
}
