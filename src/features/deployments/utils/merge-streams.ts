// "All" deployments are two paged streams from the chain (active and closed), each newest
// first. Merging them must not show a gap: an item is shown only once every stream that still
// has pages has reached its dseq, and "load more" pages the stream that holds the view back.
import { compareDseqDesc } from "./map-deployment";
import type { DeploymentView } from "./types";

export interface DeploymentStream {
  /** loaded so far, newest first */
  items: readonly DeploymentView[];
  hasMore: boolean;
}

export interface MergedStreams {
  items: DeploymentView[];
  /** index of the stream to page next, or null when everything is loaded */
  next: number | null;
}

export function mergeNewestFirst(streams: readonly DeploymentStream[]): MergedStreams {
  let next: number | null = null;
  let boundary: string | null = null;
  for (const [index, stream] of streams.entries()) {
    if (!stream.hasMore) continue;
    const last = stream.items[stream.items.length - 1];
    if (!last) return { items: [], next: index };
    if (boundary === null || compareDseqDesc(last.dseq, boundary) < 0) {
      boundary = last.dseq;
      next = index;
    }
  }
  const all = streams.flatMap((s) => s.items).sort((a, b) => compareDseqDesc(a.dseq, b.dseq));
  const limit = boundary;
  return {
    items: limit === null ? all : all.filter((d) => compareDseqDesc(d.dseq, limit) <= 0),
    next,
  };
}
