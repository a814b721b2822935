// One way to render a component (or run a hook) for a test with what the app puts around it: a
// fresh query client, toasts, a router, the network (its REST gateway is the test's fake, injected
// at the fetch boundary), the block feed, a wallet, a receipts store (fake-indexeddb) and the
// chain the signing pipeline talks to (a fake from transactions/testing, when the test signs).
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { render, renderHook, type RenderOptions } from "@testing-library/react";
import type { ReactElement, ReactNode } from "react";
import { MemoryRouter } from "react-router";
import { ToastProvider } from "@/components/ui/toast";
import type { NetworkConfig } from "@/config/networks";
import { BlockFeedProvider } from "@/features/network";
import { NetworkContext, type NetworkContextValue } from "@/features/network/network-context";
import { ReceiptStore, ReceiptStoreProvider } from "@/features/receipts";
import { ChainConnectionProvider, type ConnectChain } from "@/features/transactions";
import { DISCONNECTED, WalletContext, type WalletValue } from "@/features/wallet/wallet-context";
import { EndpointPool } from "@/lib/endpoint-pool";
import { createQueryClient } from "@/lib/query-client";
import { createRestClient } from "@/lib/rest-client";
import { TEST_NETWORK } from "./network";

/** A route of the fake REST gateway: a body, or a function of the request URL giving one. */
export type Route = unknown | ((url: URL) => unknown);

export interface TestAppOptions {
  /** pathname → answer; anything else gets `unknownRoute` */
  routes?: Record<string, Route>;
  /** the answer to a path with no route: a gateway's 404 unless a test needs another */
  unknownRoute?: () => Response;
  /** the connected wallet's address; none: no wallet connected */
  address?: string;
  /** the chain transactions are signed on (fakeChain().connect); none: a test that never signs */
  chain?: ConnectChain;
  receipts?: ReceiptStore;
  network?: NetworkConfig;
  /** where the router starts */
  path?: string;
  /** config.json's providerProxy (null: a static host with none); "/p" unless a test needs another */
  providerProxy?: string | null;
}

const notFound = () => new Response(JSON.stringify({ code: 5, message: "not found" }), { status: 404 });

function gateway(routes: Record<string, Route>, unknownRoute: () => Response, requests: URL[]) {
  return (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    requests.push(url);
    if (!(url.pathname in routes)) return unknownRoute();
    const route = routes[url.pathname];
    const body = typeof route === "function" ? (route as (u: URL) => unknown)(url) : route;
    return new Response(JSON.stringify(body), { status: 200 });
  }) as typeof fetch;
}

function networkValue(
  network: NetworkConfig,
  fetchImpl: typeof fetch,
  providerProxy: string | null,
): NetworkContextValue {
  return {
    appConfig: {
      defaultNetwork: network.id,
      networks: [network],
      walletConnectProjectId: null,
      providerProxy,
    },
    networks: [network],
    network,
    rest: createRestClient(network.rest, fetchImpl),
    rpcPool: new EndpointPool(network.rpc, { isEndpointFailure: () => true }),
    activeRest: network.rest[0] ?? "",
    activeRpc: network.rpc[0] ?? "",
    custom: { rpc: [], rest: [] },
    selectNetwork: () => undefined,
    addCustomEndpoint: () => undefined,
    removeCustomEndpoint: () => undefined,
  };
}

function walletValue(address: string | undefined): WalletValue {
  const refuse = () => Promise.reject(new Error("This test's wallet does not sign outside the fake chain."));
  return {
    ...DISCONNECTED,
    ...(address ? { status: "connected" as const, address, walletName: "Keplr" } : {}),
    ready: true,
    openConnect: () => undefined,
    disconnect: async () => undefined,
    // The fake chain signs by itself; a real signer is never asked for in a test.
    getSigner: () => Promise.resolve({ getAccounts: async () => [], signDirect: refuse }),
    signArbitrary: refuse,
  };
}

export function testApp(opts: TestAppOptions = {}) {
  const requests: URL[] = [];
  const network = opts.network ?? TEST_NETWORK;
  const queryClient: QueryClient = createQueryClient();
  const fetchImpl = gateway(opts.routes ?? {}, opts.unknownRoute ?? notFound, requests);
  const receipts =
    opts.receipts ?? new ReceiptStore({ dbName: `test-${crypto.randomUUID()}`, channel: null });
  const chain: ConnectChain =
    opts.chain ?? (() => Promise.reject(new Error("This test gave no chain to sign on.")));
  const net = networkValue(network, fetchImpl, opts.providerProxy === undefined ? "/p" : opts.providerProxy);
  const wallet = walletValue(opts.address);

  function Providers({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <MemoryRouter initialEntries={[opts.path ?? "/"]}>
            <NetworkContext.Provider value={net}>
              <BlockFeedProvider>
                <WalletContext.Provider value={wallet}>
                  <ReceiptStoreProvider store={receipts}>
                    <ChainConnectionProvider connect={chain}>{children}</ChainConnectionProvider>
                  </ReceiptStoreProvider>
                </WalletContext.Provider>
              </BlockFeedProvider>
            </NetworkContext.Provider>
          </MemoryRouter>
        </ToastProvider>
      </QueryClientProvider>
    );
  }

  /** How often the page asked the gateway for `pathname`. */
  const count = (pathname: string) => requests.filter((u) => u.pathname === pathname).length;
  return { Providers, queryClient, receipts, requests, count, network };
}

/** Renders `ui` inside the app's providers (see TestAppOptions). */
export function renderWithApp(ui: ReactElement, opts: TestAppOptions = {}, renderOpts: RenderOptions = {}) {
  const app = testApp(opts);
  return { ...app, ...render(ui, { wrapper: app.Providers, ...renderOpts }) };
}

/** Runs `hook` inside the app's providers (see TestAppOptions). */
export function renderHookWithApp<T>(hook: () => T, opts: TestAppOptions = {}) {
  const app = testApp(opts);
  return { ...app, ...renderHook(hook, { wrapper: app.Providers }) };
}
