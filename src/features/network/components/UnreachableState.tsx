// What a page shows instead of "Connect wallet" when the selected network does not answer: a
// wallet or an address would only lead to reads and signatures that fail, so the page says what
// is wrong and where to fix it. Gone by itself as soon as a block arrives or the network changes.
import { Link } from "react-router";
import { EmptyState } from "@/components/ui/empty-state";
import { paths } from "@/config/paths";
import { useChainPulse } from "../hooks/use-chain-pulse";
import { useNetwork } from "../network-context";
import { endpointHost } from "../utils/endpoint-host";

/** True once every endpoint of the selected network has failed to give its latest block. */
export function useNetworkUnreachable(): boolean {
  return useChainPulse().kind === "unreachable";
}

export function UnreachableState() {
  const { network, activeRest, activeRpc } = useNetwork();
  return (
    <div role="alert" data-testid="network-unreachable">
      <EmptyState
        title={`${network.name} does not answer`}
        action={
          <Link className="text-sm font-medium text-brand-600 underline" to={paths.settings()}>
            Check its endpoints or switch network in Settings
          </Link>
        }
      >
        Its endpoints (REST {endpointHost(activeRest)}, RPC {endpointHost(activeRpc)}) gave no block, so
        nothing on this network can be read or signed right now. Your wallet and drafts are unaffected; this
        clears by itself when a block arrives.
      </EmptyState>
    </div>
  );
}
