// Resuming a log stream without losing or repeating a line. The provider's logs endpoint takes
// only `follow`, `tail` (per pod, Kubernetes' TailLines) and `service`, and its lines carry no
// timestamp of their own (PROV gateway/rest/router.go, cluster/kube LeaseLogs: Timestamps false).
// So after a drop the page asks again with tail=K and, per pod, lines the tail up with what it
// already showed: the re-sent tail starts with a suffix of the lines shown (the overlap), then
// come the lines written while disconnected. The longest overlap wins (fewest lines taken as
// new); a line is held only while it could still be a repeat, and released once the alignment is
// certain. Identical consecutive lines are the only ambiguity: most logs carry their own time.

interface PodState {
  /** the last lines shown for this pod, oldest first */
  shown: string[];
  /** during a resync: lines received since the reconnect, and the smallest viable overlap offset */
  sync: { held: string[]; offset: number } | null;
}

export interface ResyncStep {
  /** lines to show now, in order */
  show: string[];
  /** repeats of lines already shown, dropped */
  repeats: number;
  /** the tail shared nothing with what was shown: lines written while away may be missing */
  unmatched: boolean;
  /** this line ended the pod's resync: `show` are the lines written while disconnected */
  resumed: boolean;
}

export class LogResync {
  private readonly pods = new Map<string, PodState>();

  /** `keep`: lines remembered per pod, at least the tail asked for on a reconnect. */
  constructor(private readonly keep: number) {}

  /** The stream dropped; the next lines of each known pod are a re-sent tail. */
  reconnecting(): void {
    for (const pod of this.pods.values()) pod.sync = pod.shown.length ? { held: [], offset: 0 } : null;
  }

  get resyncing(): boolean {
    return [...this.pods.values()].some((p) => p.sync !== null);
  }

  push(podName: string, line: string): ResyncStep {
    let pod = this.pods.get(podName);
    if (!pod) {
      pod = { shown: [], sync: null };
      this.pods.set(podName, pod);
    }
    if (!pod.sync) return this.show(pod, [line], 0, false, false);
    const { shown, sync } = pod;
    sync.held.push(line);
    while (sync.offset < shown.length && !this.fits(shown, sync.held, sync.offset)) sync.offset++;
    // Not yet certain: every held line may still be a repeat under the best alignment.
    if (sync.offset + sync.held.length <= shown.length)
      return { show: [], repeats: 0, unmatched: false, resumed: false };
    const overlap = shown.length - sync.offset;
    const fresh = sync.held.slice(overlap);
    pod.sync = null;
    return this.show(pod, fresh, overlap, overlap === 0, true);
  }

  /** Whether the held lines agree with the shown ones when the tail starts at `offset`. */
  private fits(shown: string[], held: string[], offset: number): boolean {
    for (let i = 0; i < held.length && offset + i < shown.length; i++)
      if (shown[offset + i] !== held[i]) return false;
    return true;
  }

  private show(
    pod: PodState,
    lines: string[],
    repeats: number,
    unmatched: boolean,
    resumed: boolean,
  ): ResyncStep {
    pod.shown.push(...lines);
    if (pod.shown.length > this.keep) pod.shown.splice(0, pod.shown.length - this.keep);
    return { show: lines, repeats, unmatched, resumed };
  }
}
