// The base path the app is built for (CONSOLE_BASE_PATH at `npm run build`): where index.html,
// config.json and assets/ live on the static host, e.g. "/" or "/console/". Vite writes it into
// every asset URL and the router reads it back (import.meta.env.BASE_URL), so deep links and
// reloads work at that path on any static host.
export const BASE_PATH_VARIABLE = "CONSOLE_BASE_PATH";

export function parseBasePath(raw: string | undefined): string {
  const value = (raw ?? "").trim();
  if (value === "" || value === "/") return "/";
  const withSlashes = `/${value.replace(/^\/+|\/+$/g, "")}/`;
  // Path segments only: no scheme, host, query, fragment, dot segments or encoded bytes, which
  // would make asset URLs resolve somewhere else than the folder the host serves.
  const segments = withSlashes.split("/").filter(Boolean);
  if (segments.some((s) => s === "." || s === ".." || !/^[A-Za-z0-9._~-]+$/.test(s)))
    throw new Error(
      `${BASE_PATH_VARIABLE}: "${raw}" is not a path like "/console/" (letters, digits, . _ ~ - between slashes).`,
    );
  return withSlashes;
}
