// When settlement runs while a page is open: on every tick (a new block, a fallback timer) as long
// as something may still settle, never two runs at once. "May still settle" is true at first,
// after any write to the receipts (a new pending receipt, another tab's), and while the last run
// left receipts pending or failed to look them up; a chain with nothing pending costs no reads.
import type { SettleReport } from "./settle";

export interface LiveSettlement {
  /** a new block or timer: settles if something may still settle */
  tick(): Promise<void>;
  /** the receipts changed */
  changed(): void;
  stop(): void;
}

export function liveSettlement(
  run: () => Promise<SettleReport>,
  onSettled: (count: number) => void,
): LiveSettlement {
  let mayHavePending = true;
  let running = false;
  let stopped = false;
  return {
    async tick() {
      if (running || !mayHavePending || stopped) return;
      running = true;
      mayHavePending = false;
      try {
        const { settled, stillPending, errors } = await run();
        if (stillPending > 0 || errors.length > 0) mayHavePending = true;
        if (settled > 0 && !stopped) onSettled(settled);
      } catch {
        // A storage problem is on the banner already; try again at the next tick.
        mayHavePending = true;
      } finally {
        running = false;
      }
    },
    changed() {
      mayHavePending = true;
    },
    stop() {
      stopped = true;
    },
  };
}
