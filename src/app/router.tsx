// Routes are thin and lazy: each page (and the heavy code it needs, like Monaco or the wallet
// stack) loads only when visited. Routes compose features; features never import routes.
import { createBrowserRouter } from "react-router";
import { AppLayout } from "./layout/AppLayout";

/** The build's base path without its trailing slash ("" at the root), for the router. */
export function routerBasename(base: string = import.meta.env.BASE_URL): string {
  return base.replace(/\/+$/, "");
}

export function createRouter() {
  return createBrowserRouter(
    [
      {
        element: <AppLayout />,
        children: [
          { index: true, lazy: () => import("./routes/overview") },
          { path: "deployments", lazy: () => import("./routes/deployments") },
          { path: "deployments/:dseq", lazy: () => import("./routes/deployment-detail") },
          { path: "new", lazy: () => import("./routes/new-deployment") },
          { path: "providers", lazy: () => import("./routes/providers") },
          { path: "providers/:address", lazy: () => import("./routes/provider-detail") },
          { path: "receipts", lazy: () => import("./routes/receipts") },
          { path: "settings", lazy: () => import("./routes/settings") },
          { path: "grants", lazy: () => import("./routes/grants") },
          { path: "alerts", lazy: () => import("./routes/alerts") },
          { path: "*", lazy: () => import("./routes/not-found") },
        ],
      },
    ],
    { basename: routerBasename() || undefined },
  );
}
