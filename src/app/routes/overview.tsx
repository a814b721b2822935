import { Suspense } from "react";
import { Link } from "react-router";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import { paths } from "@/config/paths";
import { AccountOverview } from "@/features/deployments";
import {
  BalanceCards,
  WatchAddressForm,
  shortAddress,
  useViewedAddress,
  useWallet,
  useWatchedAddress,
} from "@/features/wallet";

const QUICK_ACTIONS = [
  { to: paths.newDeployment(), label: "Deploy", text: "Write or pick an SDL and get bids" },
  { to: paths.deployments(), label: "Deployments", text: "What runs, what it costs, time left" },
  { to: paths.providers(), label: "Providers", text: "Who hosts, where, with which GPUs" },
  { to: paths.receipts(), label: "Receipts", text: "Every transaction you signed here" },
];

function QuickActions() {
  return (
    <section aria-label="Quick actions" className="grid gap-3">
      <h2 className="text-base font-semibold">Quick actions</h2>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {QUICK_ACTIONS.map((a) => (
          <Link key={a.to} to={a.to} className="min-w-0">
            <Card className="h-full hover:border-brand-600">
              <p className="text-sm font-semibold">{a.label}</p>
              <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{a.text}</p>
            </Card>
          </Link>
        ))}
      </div>
    </section>
  );
}

function ViewOnlyBanner({ address }: { address: string }) {
  const { unwatch } = useWatchedAddress();
  const { openConnect } = useWallet();
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-2 rounded-lg border border-sky-300 bg-sky-50 p-3 text-sm dark:border-sky-900 dark:bg-sky-950/40"
    >
      <span className="min-w-0 flex-1">
        Viewing <span className="font-mono">{shortAddress(address)}</span> read-only. Connect a wallet to act.
      </span>
      <Button size="sm" variant="secondary" onClick={unwatch}>
        Stop viewing
      </Button>
      <Button size="sm" onClick={openConnect}>
        Connect wallet
      </Button>
    </div>
  );
}

function Disconnected() {
  const { openConnect, status, error } = useWallet();
  return (
    <EmptyState
      title="Connect your wallet to begin"
      action={
        <div className="flex w-full flex-col items-center gap-4">
          <Button onClick={openConnect} disabled={status === "connecting"}>
            {status === "connecting" ? "Connecting…" : "Connect wallet"}
          </Button>
          {error && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
          <Suspense fallback={null}>
            <WatchAddressForm />
          </Suspense>
          <Link className="text-sm font-medium text-brand-600 underline" to={paths.newDeployment()}>
            Or start writing an SDL
          </Link>
        </div>
      }
    >
      Your keys stay in your wallet: the console asks it to sign each transaction and never stores a key.
    </EmptyState>
  );
}

export function Component() {
  const { address, viewOnly } = useViewedAddress();
  return (
    <>
      <PageHeader
        title="Overview"
        description="Your balances, what you run, what it costs, and how long your ACT lasts."
      />
      {!address ? (
        <Disconnected />
      ) : (
        <div className="grid gap-6">
          {viewOnly && <ViewOnlyBanner address={address} />}
          <ErrorBoundary name="Balances">
            <Suspense fallback={<Spinner label="Loading balances" />}>
              <BalanceCards address={address} />
            </Suspense>
          </ErrorBoundary>
          <ErrorBoundary name="Deployments">
            <AccountOverview owner={address} />
          </ErrorBoundary>
          <QuickActions />
        </div>
      )}
    </>
  );
}
