// Settings → Wallet, loaded with the settings page (its signature check needs cosmjs crypto).
import { lazy, Suspense } from "react";
import { ErrorBoundary } from "@/components/ui/error-boundary";

const WalletSettings = lazy(() => import("./WalletSettings").then((m) => ({ default: m.WalletSettings })));

export function WalletSettingsSection() {
  return (
    <ErrorBoundary name="Wallet settings">
      <Suspense fallback={null}>
        <WalletSettings />
      </Suspense>
    </ErrorBoundary>
  );
}
