// The conversion the mint offer predicts, line by line: the ACT the wallet receives, the price
// and how old it is, the spread the vault keeps, the fee, and when the ACT arrives.
import type { ReactNode } from "react";
import { formatDuration } from "@/lib/format";
import { formatCoin } from "@/features/transactions";
import type { MintQuote } from "../hooks/use-mint-quote";
import { formatPrice, type MintConversion } from "../utils/mint-conversion";

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-3">
      <dt className="shrink-0 text-zinc-600 sm:w-32 dark:text-zinc-400">{label}</dt>
      <dd className="min-w-0 break-words" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** "as of the latest block" or "12 s before the latest block": chain time, not the browser's clock. */
function priceAge(at: Date, latestBlockTime: string | null): string {
  const latest = latestBlockTime ? Date.parse(latestBlockTime) : NaN;
  const seconds = (latest - at.getTime()) / 1000;
  if (!Number.isFinite(seconds) || seconds < 1) return "as of the latest block";
  return `${formatDuration(seconds)} before the latest block`;
}

const act = (uact: bigint) => formatCoin({ denom: "uact", amount: uact.toString() });
const akt = (uakt: bigint) => formatCoin({ denom: "uakt", amount: uakt.toString() });

export function MintPrediction(p: {
  quote: MintQuote;
  conversion: MintConversion | null;
  feeUakt: bigint;
  epochBlocks: number | null;
  blockTimeSec: number;
  latestBlockTime: string | null;
}) {
  const { quote, conversion } = p;
  const epoch = p.epochBlocks
    ? `within ${p.epochBlocks} blocks (about ${formatDuration(p.epochBlocks * p.blockTimeSec)})`
    : "a few blocks after this transaction";
  return (
    <dl className="space-y-1.5" aria-label="Mint prediction">
      {quote.kind === "ready" && (
        <>
          <Row label="You receive" testId="mint-receive">
            {conversion ? <strong>{act(conversion.receiveUact)}</strong> : "—"}
          </Row>
          <Row label="Price" testId="mint-price">
            1 AKT = {formatPrice(quote.price.aktUsd)} ACT
            <span className="block text-xs text-zinc-600 dark:text-zinc-400">
              The oracle&apos;s time-weighted AKT/USD price ({quote.price.sources}{" "}
              {quote.price.sources === 1 ? "source" : "sources"},{" "}
              {priceAge(quote.price.at, p.latestBlockTime)}); ACT is pegged to 1 USD.
            </span>
          </Row>
          <Row label="Mint spread" testId="mint-spread">
            {(quote.params.mintSpreadBps / 100).toLocaleString("en-US")}%
            {conversion
              ? ` (${act(conversion.spreadUact)} of ${act(conversion.mintedUact)} stays in the BME vault)`
              : ""}
          </Row>
        </>
      )}
      {quote.kind === "loading" && <Row label="You receive">Reading the oracle price…</Row>}
      <Row label="Network fee" testId="mint-fee">
        about {akt(p.feeUakt)} (the exact fee is shown before you sign)
      </Row>
      <Row label="Arrives">At the end of the BME mint epoch, {epoch}.</Row>
    </dl>
  );
}
