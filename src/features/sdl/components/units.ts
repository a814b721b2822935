/** 17179869184 → "16 GiB" (binary units, as SDLs write them). */
export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return `${Number(value.toFixed(value >= 10 ? 0 : 1))} ${units[i]}`;
}

/** Seconds as the largest sensible unit: "3.2 hours", "12 days". */
export function formatDuration(seconds: number): string {
  const hours = seconds / 3600;
  if (hours < 1) return `${Math.round(seconds / 60)} minutes`;
  if (hours < 48) return `${Number(hours.toFixed(1))} hours`;
  return `${Math.round(hours / 24)} days`;
}
