// Between the included MsgMintACT and the ACT in the wallet: which block the wait is at, out of
// the epoch's length, and then what arrived against what was predicted.
import { formatCoin } from "@/features/transactions";
import type { ActArrival } from "../hooks/use-act-arrival";

const act = (uact: bigint) => formatCoin({ denom: "uact", amount: uact.toString() });

export function MintProgress(p: {
  arrival: ActArrival;
  sinceHeight: number;
  epochBlocks: number | null;
  predictedUact: bigint | null;
}) {
  const { arrived, blocksWaited, readError } = p.arrival;
  if (arrived)
    return (
      <p data-testid="mint-arrived" className="font-medium text-emerald-800 dark:text-emerald-300">
        {act(arrived.uact)} arrived in your wallet at block {arrived.height.toLocaleString("en-US")}
        {p.predictedUact !== null && ` (predicted ${act(p.predictedUact)})`}. You can create the deployment
        now.
      </p>
    );
  const epoch = p.epochBlocks;
  const late = epoch !== null && blocksWaited > epoch + 2;
  return (
    <div className="space-y-1.5" data-testid="mint-waiting">
      <p>
        Mint included at block {p.sinceHeight.toLocaleString("en-US")}. Waiting for the end of the BME epoch:{" "}
        {epoch !== null
          ? `${Math.min(blocksWaited, epoch)} of at most ${epoch} blocks.`
          : `${blocksWaited} ${blocksWaited === 1 ? "block" : "blocks"} so far.`}
      </p>
      {epoch !== null && (
        <progress
          className="h-2 w-full accent-amber-600"
          max={epoch}
          value={Math.min(blocksWaited, epoch)}
          aria-label="Blocks until the mint epoch ends"
        />
      )}
      {late && (
        <p>
          The epoch should have ended; still checking every block. Mints wait while the oracle price is stale
          or the BME circuit breaker is tripped.
        </p>
      )}
      {readError && (
        <p role="alert">Could not read your balance ({readError}); trying again at the next block.</p>
      )}
    </div>
  );
}
