// Whose deployments a page shows. A `?owner=` address in the URL wins (a shared link, or a
// phone checking an account without a wallet); then the connected wallet; then the address the
// user chose to watch (view-only, kept by the wallet feature).
import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { akashAddressProblem, useViewedAddress, useWallet } from "@/features/wallet";

export type OwnerSource = "url" | "wallet" | "watched";

export interface OwnerState {
  /** a valid address, or "" when there is none yet */
  owner: string;
  source: OwnerSource | null;
  /** the connected wallet's address, if any */
  walletAddress: string | null;
  /** true when the owner is not the connected wallet (nothing can be signed) */
  viewOnly: boolean;
  /** why the `?owner=` in the URL was refused, if it was */
  urlProblem: string | null;
  /** view another address (or, with "", go back to the wallet's) */
  viewAddress(address: string): void;
}

export function useOwner(): OwnerState {
  const [params, setParams] = useSearchParams();
  const { address: walletAddress } = useWallet();
  const viewed = useViewedAddress();
  const fromUrl = params.get("owner")?.trim().toLowerCase() ?? "";
  const urlProblem = fromUrl ? akashAddressProblem(fromUrl) : null;
  const viewAddress = useCallback(
    (address: string) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (address) next.set("owner", address.trim().toLowerCase());
        else next.delete("owner");
        return next;
      }),
    [setParams],
  );
  const base = { walletAddress, urlProblem, viewAddress };
  if (fromUrl && !urlProblem)
    return { ...base, owner: fromUrl, source: "url", viewOnly: fromUrl !== walletAddress };
  if (viewed.address)
    return {
      ...base,
      owner: viewed.address,
      source: viewed.viewOnly ? "watched" : "wallet",
      viewOnly: viewed.viewOnly,
    };
  return { ...base, owner: "", source: null, viewOnly: true };
}
