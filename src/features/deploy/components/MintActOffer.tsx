// When the wallet holds less ACT than the deposit: offer to mint it by burning AKT (MsgMintACT),
// show what the chain will convert it to (oracle price, mint spread, fee, epoch), then wait block
// by block until the ACT arrives. Without an oracle price the mint is still offered, unpredicted.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useLatestBlock, useNetwork } from "@/features/network";
import { formatAmount, formatCoin, parseAmount, TxDialog, useTransaction } from "@/features/transactions";
import { useSpendable, useWallet } from "@/features/wallet";
import { useMintAct } from "../actions/use-mint-act";
import { useActArrival, type MintWatch } from "../hooks/use-act-arrival";
import { useMintQuote } from "../hooks/use-mint-quote";
import { actForAkt, defaultBurn, formatPrice } from "../utils/mint-conversion";
import { feeReserveUakt, mintFeeUakt } from "../utils/mint-fees";
import { MintPrediction } from "./MintPrediction";
import { MintProgress } from "./MintProgress";

const aktText = (uakt: bigint) => formatAmount(uakt).replace(/,/g, "");
const akt = (uakt: bigint) => formatCoin({ denom: "uakt", amount: uakt.toString() });

export function MintActOffer({ shortUact, onSubmitted }: { shortUact: bigint; onSubmitted: () => void }) {
  const { network } = useNetwork();
  const { address } = useWallet();
  const latest = useLatestBlock().data;
  const tx = useTransaction();
  const mintAct = useMintAct(tx);
  const funds = useSpendable(address);
  const { quote, params, status } = useMintQuote();
  const [edited, setEdited] = useState<string | null>(null);
  const [watch, setWatch] = useState<(MintWatch & { predictedUact: bigint | null }) | null>(null);
  const arrival = useActArrival(watch);

  const feeUakt = mintFeeUakt(network.gasPrice);
  const balanceUakt = funds.data ? BigInt(Math.floor(funds.data.uakt)) : null;
  const suggested =
    quote.kind === "ready"
      ? defaultBurn({
          shortUact,
          aktUsd: quote.price.aktUsd,
          spreadBps: quote.params.mintSpreadBps,
          minMintUact: quote.params.minMintUact,
          balanceUakt: balanceUakt ?? 0n,
          feeReserveUakt: feeReserveUakt(network.gasPrice),
        })
      : shortUact;
  const text = edited ?? aktText(suggested);
  const burn = parseAmount(text);
  const conversion =
    quote.kind === "ready" && burn
      ? actForAkt(BigInt(burn), quote.price.aktUsd, quote.params.mintSpreadBps)
      : null;
  const problem = burnProblem();

  function burnProblem(): string | null {
    if (!burn) return "Type an amount of AKT (up to 6 decimals).";
    if (balanceUakt !== null && BigInt(burn) + feeUakt > balanceUakt)
      return `You have ${akt(balanceUakt)}: not enough to burn ${akt(BigInt(burn))} and pay the fee.`;
    const min = params?.minMintUact ?? 0n;
    if (conversion && conversion.receiveUact < min)
      return `The chain mints at least ${formatCoin({ denom: "uact", amount: min.toString() })}; burn more AKT.`;
    if (status && !status.mintsAllowed)
      return `The BME circuit breaker has paused minting (${status.status}); try again later.`;
    return null;
  }

  const mint = async () => {
    if (!address || !burn || problem || !funds.data) return;
    const startUact = funds.data.uact;
    const result = await mintAct({
      owner: address,
      burn: { denom: "uakt", amount: burn },
      expected: conversion ? { denom: "uact", amount: conversion.receiveUact.toString() } : null,
      rate:
        quote.kind === "ready"
          ? { aktUsd: formatPrice(quote.price.aktUsd), spreadBps: quote.params.mintSpreadBps }
          : null,
    });
    if (!result.ok) return;
    setWatch({ sinceHeight: result.height, startUact, predictedUact: conversion?.receiveUact ?? null });
    onSubmitted();
    tx.dismiss();
  };

  return (
    <section
      aria-label="Mint ACT"
      className={
        arrival.arrived
          ? "rounded-lg border border-emerald-300 bg-emerald-50 p-3 dark:border-emerald-700 dark:bg-emerald-950/40"
          : "space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950/40"
      }
    >
      {watch ? (
        <MintProgress
          arrival={arrival}
          sinceHeight={watch.sinceHeight}
          epochBlocks={params?.minEpochBlocks ?? null}
          predictedUact={watch.predictedUact}
        />
      ) : (
        <>
          <p>
            Your wallet lacks {formatAmount(shortUact)} ACT for this deposit. Deployments are paid in ACT,
            which you get by burning AKT: the chain converts it at the oracle price, less the mint spread.
          </p>
          {quote.kind === "unavailable" && <p role="status">{quote.reason}</p>}
          <Field label="AKT to burn" error={problem}>
            <Input
              inputMode="decimal"
              value={text}
              onChange={(e) => setEdited(e.target.value)}
              className="sm:w-40"
            />
          </Field>
          <MintPrediction
            quote={quote}
            conversion={conversion}
            feeUakt={feeUakt}
            epochBlocks={params?.minEpochBlocks ?? null}
            blockTimeSec={network.averageBlockTimeSec}
            latestBlockTime={latest?.time ?? null}
          />
          <Button onClick={() => void mint()} disabled={!!problem || !funds.data || !!tx.state}>
            Mint ACT
          </Button>
        </>
      )}
      <TxDialog tx={tx} />
    </section>
  );
}
