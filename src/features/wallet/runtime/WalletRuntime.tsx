// The lazily loaded wallet stack: cosmos-kit's ChainProvider for the selected network, our
// own wallet modal, and the local key. It renders no app content; it publishes the wallet
// state to WalletProvider through onChange. Phone wallets (WalletConnect) are listed from the
// start but their code loads only when one is picked, or when a session with one is restored.
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { ChainProvider, useChain } from "@cosmos-kit/react-lite";
import type { MainWalletBase } from "@cosmos-kit/core";
import type { AppConfig } from "@/config/runtime-config";
import type { NetworkConfig } from "@/config/networks";
import type { WalletImplementation } from "../wallet-context";
import { rememberedWallet } from "../wallet-memory";
import { WalletModal } from "../components/WalletModal";
import { isWalletConnectWallet, walletConnectTarget, WALLETCONNECT_WALLETS } from "../walletconnect/target";
import { WalletConnectRequestDialog } from "../walletconnect/WalletConnectRequestDialog";
import { chainBundleFor, type ChainBundle } from "./chain-info";
import { LocalKeyContext, type PhoneWalletChoice } from "./local-key-context";
import { useLocalKey } from "./use-local-key";
import { WalletBridge } from "./WalletBridge";
import { extensionWallets, walletConnectOptions } from "./wallets";

export interface WalletRuntimeProps {
  network: NetworkConfig;
  appConfig: AppConfig;
  onChange(impl: WalletImplementation): void;
}

function usePhoneWallets(wanted: boolean): MainWalletBase[] | null {
  const [loaded, setLoaded] = useState<MainWalletBase[] | null>(null);
  useEffect(() => {
    if (!wanted || loaded) return;
    let cancelled = false;
    import("../walletconnect/mobile-wallets")
      .then((m) => m.walletConnectWallets())
      .then(
        (wallets) => !cancelled && setLoaded(wallets),
        (err: unknown) => {
          console.warn(
            "WalletConnect wallets could not be loaded:",
            err instanceof Error ? err.message : err,
          );
          if (!cancelled) setLoaded([]);
        },
      );
    return () => {
      cancelled = true;
    };
  }, [wanted, loaded]);
  return wanted ? loaded : [];
}

export function WalletRuntime({ network, appConfig, onChange }: WalletRuntimeProps) {
  const target = useMemo(
    () => walletConnectTarget(network, appConfig.walletConnectProjectId),
    [network, appConfig.walletConnectProjectId],
  );
  const [phoneWanted, setPhoneWanted] = useState(() => {
    const last = rememberedWallet();
    return last?.kind === "cosmos-kit" && isWalletConnectWallet(last.name);
  });
  const [pending, setPending] = useState<string | null>(null);
  const phone = usePhoneWallets(phoneWanted && target !== null);
  const bundle = useMemo(() => chainBundleFor(network), [network]);
  const localKey = useLocalKey(network);
  const phoneWallets = useMemo<PhoneWalletChoice>(
    () => ({
      unloaded: target && !phone?.length ? WALLETCONNECT_WALLETS : [],
      pending,
      choose: (name) => (setPending(name), setPhoneWanted(true)),
      clear: () => setPending(null),
    }),
    [target, phone, pending],
  );
  const context = useMemo(
    () => ({ localKey, networkName: network.name, phoneWallets }),
    [localKey, network.name, phoneWallets],
  );
  if (!phone) return null;
  const mobile = target ? phone : [];
  return (
    <LocalKeyContext.Provider value={context}>
      <ChainWallets
        // A new network, new endpoints, another relay or newly loaded phone wallets mean a new
        // ChainProvider with fresh wallet instances.
        key={`${bundle.chainName}:${network.rpc.join(",")}:${network.rest.join(",")}:${target?.relayUrl ?? ""}:${mobile.length}`}
        network={network}
        bundle={bundle}
        mobile={mobile}
        options={target ? walletConnectOptions(target) : undefined}
      >
        <WalletBridge chainName={bundle.chainName} localKey={localKey} onChange={onChange} />
        {pending && mobile.length > 0 && (
          <ConnectPendingChoice chainName={bundle.chainName} name={pending} onStarted={phoneWallets.clear} />
        )}
      </ChainWallets>
      <WalletConnectRequestDialog />
    </LocalKeyContext.Provider>
  );
}

/** Once a picked phone wallet's code is in: reopen the modal and connect the pick. */
function ConnectPendingChoice({
  chainName,
  name,
  onStarted,
}: {
  chainName: string;
  name: string;
  onStarted(): void;
}) {
  const { walletRepo } = useChain(chainName);
  useEffect(() => {
    walletRepo.openView();
    void walletRepo.connect(name);
    onStarted();
  }, [walletRepo, name, onStarted]);
  return null;
}

function ChainWallets({
  network,
  bundle,
  mobile,
  options,
  children,
}: {
  network: NetworkConfig;
  bundle: ChainBundle;
  mobile: MainWalletBase[];
  options: ReturnType<typeof walletConnectOptions> | undefined;
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
      walletConnectOptions={options}
    >
      {children}
    </ChainProvider>
  );
}

export default WalletRuntime;
