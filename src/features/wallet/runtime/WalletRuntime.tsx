// The lazily loaded wallet stack: cosmos-kit's ChainProvider for the selected network, our
// own wallet modal, and the local key. It renders no app content; it publishes the wallet
// state to WalletProvider through onChange.
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { ChainProvider } from "@cosmos-kit/react-lite";
import type { MainWalletBase } from "@cosmos-kit/core";
import type { AppConfig } from "@/config/runtime-config";
import type { NetworkConfig } from "@/config/networks";
import type { WalletImplementation } from "../wallet-context";
import { WalletModal } from "../components/WalletModal";
import { chainBundleFor, type ChainBundle } from "./chain-info";
import { LocalKeyContext } from "./local-key-context";
import { useLocalKey } from "./use-local-key";
import { WalletBridge } from "./WalletBridge";
import { extensionWallets, mobileWallets, walletConnectOptions } from "./wallets";

export interface WalletRuntimeProps {
  network: NetworkConfig;
  appConfig: AppConfig;
  onChange(impl: WalletImplementation): void;
}

function useMobileWallets(projectId: string | null): MainWalletBase[] | null {
  const [loaded, setLoaded] = useState<{ projectId: string; wallets: MainWalletBase[] } | null>(null);
  useEffect(() => {
    if (!projectId) return;
    let cancelled = false;
    mobileWallets().then(
      (wallets) => !cancelled && setLoaded({ projectId, wallets }),
      (err: unknown) => {
        console.warn("WalletConnect wallets could not be loaded:", err instanceof Error ? err.message : err);
        if (!cancelled) setLoaded({ projectId, wallets: [] });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [projectId]);
  if (!projectId) return [];
  return loaded?.projectId === projectId ? loaded.wallets : null;
}

export function WalletRuntime({ network, appConfig, onChange }: WalletRuntimeProps) {
  const projectId = appConfig.walletConnectProjectId;
  const bundle = useMemo(() => chainBundleFor(network), [network]);
  const mobile = useMobileWallets(projectId);
  const localKey = useLocalKey(network);
  const localKeyContext = useMemo(() => ({ localKey, networkName: network.name }), [localKey, network.name]);
  if (!mobile) return null;
  return (
    <LocalKeyContext.Provider value={localKeyContext}>
      <ChainWallets
        // A new network (or new endpoints) means a new ChainProvider with fresh wallet instances.
        key={`${bundle.chainName}:${network.rpc.join(",")}:${network.rest.join(",")}:${mobile.length}`}
        network={network}
        bundle={bundle}
        mobile={mobile}
        projectId={projectId}
      >
        <WalletBridge chainName={bundle.chainName} localKey={localKey} onChange={onChange} />
      </ChainWallets>
    </LocalKeyContext.Provider>
  );
}

function ChainWallets({
  network,
  bundle,
  mobile,
  projectId,
  children,
}: {
  network: NetworkConfig;
  bundle: ChainBundle;
  mobile: MainWalletBase[];
  projectId: string | null;
  children: ReactNode;
}) {
  // cosmos-kit keeps per-chain state in wallet instances: never share them between providers.
  const [wallets] = useState(() => [...extensionWallets(), ...mobile]);
  return (
    <ChainProvider
      chains={[bundle.chain]}
      assetLists={[bundle.assets]}
      wallets={wallets}
      walletModal={WalletModal}
      logLevel="NONE"
      throwErrors={false}
      subscribeConnectEvents
      signerOptions={{ preferredSignType: () => "direct" }}
      endpointOptions={{
        isLazy: true,
        endpoints: { [bundle.chainName]: { isLazy: true, rpc: network.rpc, rest: network.rest } },
      }}
      walletConnectOptions={projectId ? walletConnectOptions(projectId) : undefined}
    >
      {children}
    </ChainProvider>
  );
}

export default WalletRuntime;
