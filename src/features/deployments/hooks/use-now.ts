// This browser's clock in unix seconds, refreshed every `intervalMs` while mounted: what moves a
// countdown between blocks (see utils/reclamation.ts for why it never outruns the chain).
import { useEffect, useState } from "react";

export function useNowSec(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now() / 1000);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() / 1000), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
