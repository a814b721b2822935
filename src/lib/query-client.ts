// The app's one QueryClient. Retries only what retrying can fix: endpoint failures are already
// retried across endpoints by the pool, so a query retries once more at most.
import { QueryClient } from "@tanstack/react-query";
import { HttpError } from "./http";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (error instanceof HttpError && !error.isEndpointFailure) return false;
          return failureCount < 1;
        },
      },
    },
  });
}
