// The wallet area of the header. The wallet button loads after first paint (the wallet stack
// itself loads later still); until then this reserves the space so the header does not jump.
import { Suspense } from "react";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { WalletButton } from "@/features/wallet";

export function HeaderWallet() {
  return (
    <div className="flex h-9 min-w-24 justify-end" data-testid="wallet-slot">
      <ErrorBoundary name="The wallet">
        <Suspense fallback={null}>
          <WalletButton />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
