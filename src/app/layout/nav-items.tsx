import { paths } from "@/config/paths";

export interface NavItem {
  to: string;
  label: string;
  icon: string;
  /** shown in the phone bottom bar (the rest live in the drawer) */
  primary: boolean;
}

// Icons are SVG path data (24×24, stroke) so no icon font or CDN is needed.
export const NAV_ITEMS: NavItem[] = [
  { to: paths.overview(), label: "Overview", icon: "M3 12l9-9 9 9M5 10v10h5v-6h4v6h5V10", primary: true },
  { to: paths.deployments(), label: "Deployments", icon: "M4 6h16M4 12h16M4 18h16", primary: true },
  { to: paths.newDeployment(), label: "Deploy", icon: "M12 5v14M5 12h14", primary: true },
  { to: paths.providers(), label: "Providers", icon: "M4 7h16v4H4zM4 13h16v4H4z", primary: false },
  { to: paths.receipts(), label: "Receipts", icon: "M7 3h10v18l-5-3-5 3zM9 8h6M9 12h6", primary: true },
  {
    to: paths.grants(),
    label: "Grants",
    icon: "M15 7a3 3 0 11-6 0 3 3 0 016 0zM5 21v-2a5 5 0 0110 0v2M17 11l2 2 4-4",
    primary: false,
  },
  {
    to: paths.settings(),
    label: "Settings",
    icon: "M12 9a3 3 0 100 6 3 3 0 000-6zM4 12h2m12 0h2M12 4v2m0 12v2",
    primary: false,
  },
];

export function NavIcon({ d }: { d: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className="size-5 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      aria-hidden
    >
      <path d={d} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
