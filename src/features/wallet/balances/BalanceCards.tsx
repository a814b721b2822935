// The account's money at a glance: spendable ACT (what deployments are paid in), spendable AKT
// (what fees are paid in) and ACT held in escrow by active deployments, with one refresh.
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatMicro, formatMicroRaw, formatUsdForMicro } from "@/lib/format";
import type { EscrowTotals } from "./escrow-balance";
import { useBalances } from "./use-balances";

function Amount({ micro, denom, testId }: { micro: number; denom: "uact" | "uakt"; testId: string }) {
  return (
    <p
      className="mt-1 text-2xl font-semibold tabular-nums"
      data-testid={testId}
      data-micro={String(micro)}
      title={formatMicroRaw(micro, denom)}
    >
      {formatMicro(micro, denom)}
    </p>
  );
}

function BalanceCard({
  label,
  query,
  children,
  note,
}: {
  label: string;
  query: { isPending: boolean; error: Error | null; refetch: () => unknown };
  children: ReactNode;
  note?: ReactNode;
}) {
  return (
    <Card className="min-w-0" aria-label={label} role="group">
      <h2 className="text-sm text-zinc-600 dark:text-zinc-400">{label}</h2>
      {query.error ? (
        <div role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
          <p className="break-words">Could not read this balance: {query.error.message}</p>
          <Button size="sm" variant="secondary" className="mt-2" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </div>
      ) : query.isPending ? (
        <p
          className="mt-1 h-8 w-32 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800"
          aria-label="Loading"
        />
      ) : (
        <>
          {children}
          {note && <p className="mt-1 text-xs text-zinc-500">{note}</p>}
        </>
      )}
    </Card>
  );
}

function escrowNote({ activeDeployments, uakt }: EscrowTotals): string {
  if (activeDeployments === 0) return "No active deployments";
  const count = `${activeDeployments} active deployment${activeDeployments === 1 ? "" : "s"}`;
  const legacy = uakt > 0 ? ` · plus ${formatMicro(uakt, "uakt")}` : "";
  return `${count}, as of their last settlement${legacy}`;
}

export function BalanceCards({ address }: { address: string }) {
  const { spendable, escrow, refreshing, refresh } = useBalances(address);
  const act = spendable.data?.uact ?? 0;
  const escrowed = escrow.data;
  return (
    <section aria-label="Balances" className="grid gap-3">
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-base font-semibold">Balances</h2>
        <Button size="sm" variant="secondary" onClick={() => void refresh()} disabled={refreshing}>
          {refreshing ? "Refreshing…" : "Refresh"}
        </Button>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <BalanceCard
          label="Spendable ACT"
          query={spendable}
          note={`${formatUsdForMicro(act, "uact")} · pays for deployments`}
        >
          <Amount micro={act} denom="uact" testId="balance-act" />
        </BalanceCard>
        <BalanceCard label="Spendable AKT" query={spendable} note="pays transaction fees">
          <Amount micro={spendable.data?.uakt ?? 0} denom="uakt" testId="balance-akt" />
        </BalanceCard>
        <BalanceCard label="ACT in escrow" query={escrow} note={escrowed && escrowNote(escrowed)}>
          <Amount micro={escrowed?.uact ?? 0} denom="uact" testId="balance-escrow" />
        </BalanceCard>
      </div>
    </section>
  );
}
