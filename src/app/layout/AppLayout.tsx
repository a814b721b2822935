import { lazy, Suspense } from "react";
import { Outlet, useLocation } from "react-router";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { Spinner } from "@/components/ui/spinner";
import { AlertsRunner, useHasAlertRules } from "@/features/alerts";
import { useTopUpSettings } from "@/features/funding";
import { ClientVersionBanner, useNetwork } from "@/features/network";
import { ReceiptsStatus } from "@/features/receipts";
import { useViewedAddress } from "@/features/wallet";
import { Header } from "./Header";
import { useToastsOfOneNetwork } from "./use-toasts-of-one-network";
import { LocalNetworkNotice } from "./LocalNetworkNotice";
import { MobileNav } from "./MobileNav";
import { Sidebar } from "./Sidebar";

// The top-up runner (and the signing stack it needs) loads only once a deployment asks for it.
const TopUpRunner = lazy(() => import("@/features/deploy").then((m) => ({ default: m.TopUpRunner })));

function Background() {
  const { network } = useNetwork();
  const settings = useTopUpSettings(network.id);
  const any = Object.values(settings.owners).some((o) => Object.values(o.deployments).some((d) => d.auto));
  return any ? (
    <ErrorBoundary name="Top-ups">
      <Suspense fallback={null}>
        <TopUpRunner />
      </Suspense>
    </ErrorBoundary>
  ) : null;
}

function Alerts() {
  const { network } = useNetwork();
  const { address } = useViewedAddress();
  return useHasAlertRules(network.id, address) && address ? (
    <ErrorBoundary name="Alerts">
      <Suspense fallback={null}>
        <AlertsRunner owner={address} />
      </Suspense>
    </ErrorBoundary>
  ) : null;
}

export function AppLayout() {
  const { pathname } = useLocation();
  const { network } = useNetwork();
  useToastsOfOneNetwork(network.id);
  return (
    <div className="flex min-h-dvh">
      <Sidebar />
      <div className="flex min-w-0 flex-1 flex-col">
        <Header />
        <main className="mx-auto w-full max-w-6xl flex-1 px-3 py-4 pb-24 md:px-6 md:py-6 md:pb-6">
          <ErrorBoundary name="Client version">
            <ClientVersionBanner />
          </ErrorBoundary>
          <LocalNetworkNotice />
          <ErrorBoundary name="Receipts status">
            <Suspense>
              <ReceiptsStatus />
            </Suspense>
          </ErrorBoundary>
          {/* A page's failure on one network must not outlive a switch to another. */}
          <ErrorBoundary name="This page" key={`${network.id} ${pathname}`}>
            <Suspense fallback={<Spinner />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
      <MobileNav />
      <Background />
      <Alerts />
    </div>
  );
}
