// Composition root: runtime config, query client, network, block feed, toasts, router.
import { useMemo, useState } from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { ToastProvider } from "@/components/ui/toast";
import type { AppConfig } from "@/config/runtime-config";
import { createQueryClient } from "@/lib/query-client";
import { BlockFeedProvider, NetworkProvider } from "@/features/network";
import { HeldFeeAllowances } from "@/features/funding";
import { FeeAllowancesHost, WalletProvider } from "@/features/wallet";
import { createRouter } from "./router";

export function App({ config }: { config: AppConfig }) {
  const [queryClient] = useState(createQueryClient);
  const router = useMemo(() => createRouter(), []);
  return (
    <ErrorBoundary name="The console" fullPage>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <NetworkProvider appConfig={config}>
            <BlockFeedProvider>
              <WalletProvider>
                <FeeAllowancesHost source={HeldFeeAllowances}>
                  <RouterProvider router={router} />
                </FeeAllowancesHost>
              </WalletProvider>
            </BlockFeedProvider>
          </NetworkProvider>
        </ToastProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
