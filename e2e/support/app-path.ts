// The app may be served at a sub-path (a static host at /console/): page objects navigate with
// paths relative to the base URL, so "/new" opens <base>/new wherever the app lives.
export function appPath(path: string): string {
  return path.startsWith("/") ? `.${path}` : path;
}
