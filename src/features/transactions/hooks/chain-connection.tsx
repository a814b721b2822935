// How useTransaction reaches the chain: by default cosmjs over the network's RPC endpoint, loaded
// on the first transaction. Tests put a fake chain behind the same port (testing/fake-chain.ts),
// so an action runs the real pipeline, review and receipts against it.
import { createContext, useContext, type ReactNode } from "react";
import type { OfflineSigner } from "@cosmjs/proto-signing";
import type { ChainPorts } from "../signing/chain-ports";

export type ConnectChain = (opts: {
  /** the network's RPC endpoints, the active one first: a call a node refuses is tried on the next */
  rpcUrls: readonly string[];
  /** asked in parallel with loading the signing code */
  getSigner(): Promise<OfflineSigner>;
  address: string;
}) => Promise<ChainPorts & { disconnect(): void }>;

const cosmjs: ConnectChain = async ({ rpcUrls, getSigner, address }) => {
  const [{ createChainPorts }, signer] = await Promise.all([import("../signing/chain-ports"), getSigner()]);
  return createChainPorts({ rpcUrls, signer, address });
};

const ChainConnectionContext = createContext<ConnectChain>(cosmjs);

export function ChainConnectionProvider({
  connect,
  children,
}: {
  connect: ConnectChain;
  children: ReactNode;
}) {
  return <ChainConnectionContext.Provider value={connect}>{children}</ChainConnectionContext.Provider>;
}

export function useChainConnection(): ConnectChain {
  return useContext(ChainConnectionContext);
}
