import type { TxFailure } from "../types";

/** A failed transaction: the sentence first, the chain's raw answer one click away. */
export function TxFailureView({ failure }: { failure: TxFailure }) {
  return (
    <div role="alert" className="space-y-2">
      <p className="text-red-700 dark:text-red-400">{failure.message}</p>
      {(failure.rawLog || failure.txHash) && (
        <details className="text-xs text-zinc-600 dark:text-zinc-400">
          <summary className="cursor-pointer">Details from the chain</summary>
          {failure.code !== null && (
            <p>
              Code {failure.code}
              {failure.codespace ? ` (${failure.codespace})` : ""}
            </p>
          )}
          {failure.txHash && <p className="break-all">Transaction {failure.txHash}</p>}
          {failure.rawLog && <pre className="mt-1 whitespace-pre-wrap break-all">{failure.rawLog}</pre>}
        </details>
      )}
    </div>
  );
}
