// After a MsgMintACT is included: re-reads the wallet's balance at every new block until the
// minted ACT shows up (the BME mints at the end of its epoch), and remembers when it did, so a
// later spend (the deployment's deposit) does not make the offer look unfinished again.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useLatestBlock, useNetwork } from "@/features/network";
import { spendableQuery, useWallet } from "@/features/wallet";

export interface MintWatch {
  /** height of the block that included the MsgMintACT */
  sinceHeight: number;
  /** the wallet's uact before the mint */
  startUact: number;
}

export interface ActArrival {
  /** blocks produced since the mint was included */
  blocksWaited: number;
  arrived: { uact: bigint; height: number } | null;
  /** the last balance read failed; the next block tries again */
  readError: string | null;
}

export function useActArrival(watch: MintWatch | null): ActArrival {
  const { network, rest } = useNetwork();
  const { address } = useWallet();
  const queryClient = useQueryClient();
  const height = useLatestBlock().data?.height ?? null;
  const [arrived, setArrived] = useState<ActArrival["arrived"]>(null);
  const [readError, setReadError] = useState<string | null>(null);

  useEffect(() => {
    if (!watch || !address || arrived || height === null) return;
    let live = true;
    // fetchQuery writes the shared balance cache, so the deposit form sees the ACT at once.
    queryClient.fetchQuery({ ...spendableQuery(network.id, rest, address), staleTime: 0 }).then(
      (balance) => {
        if (!live) return;
        setReadError(null);
        if (balance.uact > watch.startUact)
          setArrived({ uact: BigInt(Math.round(balance.uact - watch.startUact)), height });
      },
      (err: unknown) => live && setReadError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [watch, address, arrived, height, network.id, rest, queryClient]);

  const blocksWaited = watch && height !== null ? Math.max(0, height - watch.sinceHeight) : 0;
  return { blocksWaited, arrived, readError };
}
