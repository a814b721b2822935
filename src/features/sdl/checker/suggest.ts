// "Did you mean …?": the closest known name to a typo, by edit distance (insert, delete,
// substitute, swap two neighbours), when it is close enough to be a typo rather than a new name.

function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/** The known name `name` most likely meant, or null. Case differences count as one edit. */
export function didYouMean(name: string, known: Iterable<string>): string | null {
  const lower = name.toLowerCase();
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: { name: string; d: number } | null = null;
  let checked = 0;
  for (const candidate of known) {
    // A map of thousands of names is not worth comparing against in full.
    if (++checked > 2000) break;
    if (candidate === name) continue;
    const d = candidate.toLowerCase() === lower ? 0.5 : distance(lower, candidate.toLowerCase(), limit);
    if (d <= limit && (!best || d < best.d)) best = { name: candidate, d };
  }
  return best?.name ?? null;
}

/** ' (did you mean "x"?)' or "". */
export function meantSuffix(name: string, known: Iterable<string>): string {
  const meant = didYouMean(name, known);
  return meant ? ` (did you mean "${meant}"?)` : "";
}
