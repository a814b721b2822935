// The SDL's reclamation window (AEP-82) on the create step: what it binds providers to, checked
// against the market's bounds the node enforces (x/deployment refuses a window outside them with
// code 26), so a refused window never reaches the wallet.
import { useQuery } from "@tanstack/react-query";
import { marketParamsQuery } from "@/features/market";
import { useNetwork } from "@/features/network";
import { formatDuration } from "@/lib/format";

/** Why this network refuses the window, or null (also while the bounds are unknown). */
export function reclamationProblem(
  sec: number,
  bounds: { minSec: number; maxSec: number } | null | undefined,
): string | null {
  if (bounds === undefined) return null;
  if (bounds === null)
    return "This network does not support reclamation (its chain predates node v2.1): remove the reclamation section from the SDL.";
  if (sec >= bounds.minSec && sec <= bounds.maxSec) return null;
  return `The SDL's reclamation window (${formatDuration(sec)}) is outside what this network allows: from ${formatDuration(bounds.minSec)} to ${formatDuration(bounds.maxSec)}.`;
}

/** `sec` null: the SDL asks for no window. Without the bounds (loading, unreadable) the chain judges. */
export function useReclamationCheck(sec: number | null): { problem: string | null } {
  const { network, rest } = useNetwork();
  const params = useQuery({ ...marketParamsQuery(network.id, rest), enabled: sec !== null });
  const problem =
    sec === null ? null : reclamationProblem(sec, params.isSuccess ? params.data.reclamation : undefined);
  return { problem };
}

export function ReclamationWindow({ sec, problem }: { sec: number; problem: string | null }) {
  return (
    <div data-testid="create-reclamation">
      <p>
        <strong>Reclamation window</strong>: at least {formatDuration(sec)}. Only providers that promise this
        much notice can bid; one that wants its hardware back keeps your lease running, and paid, that long
        first.
      </p>
      {problem && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {problem}
        </p>
      )}
    </div>
  );
}
