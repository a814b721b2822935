/** "https://rpc.example.com:443/path" → "rpc.example.com:443"; a string that is no URL as it is. */
export function endpointHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
