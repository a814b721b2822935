// The fee allowances the connected wallet holds, as the review dialog needs them to offer "paid
// by". The wallet feature only keeps them: whoever reads them from the chain (the funding feature)
// is plugged in at the app's root as the host's `source`, so signing never depends on how they are
// fetched and the wallet feature imports nothing above it. Without a source there are none.
import {
  createContext,
  Suspense,
  useCallback,
  useContext,
  useState,
  type ComponentType,
  type ReactNode,
} from "react";
import { useWallet } from "./wallet-context";

export interface FeeAllowanceOption {
  granter: string;
  /** what it can still pay in the fee denom; null = no limit */
  left: bigint | null;
  expiresAt: string | null;
  /** the message types it pays for; null = any */
  allowedMessages: string[] | null;
}

export interface HeldFeeAllowances {
  /** whose allowances these are (the options apply only when this address signs) */
  holder: string | null;
  options: FeeAllowanceOption[];
}

/** Renders nothing; reports the allowances `holder` holds whenever they change. */
export type FeeAllowancesSource = ComponentType<{
  holder: string;
  onChange(held: HeldFeeAllowances): void;
}>;

const NONE: HeldFeeAllowances = { holder: null, options: [] };
const FeeAllowancesContext = createContext<HeldFeeAllowances>(NONE);

export function FeeAllowancesHost({
  source: Source,
  children,
}: {
  source: FeeAllowancesSource;
  children: ReactNode;
}) {
  const { address, status } = useWallet();
  const [held, setHeld] = useState<HeldFeeAllowances>(NONE);
  const onChange = useCallback((next: HeldFeeAllowances) => setHeld(next), []);
  const holder = status === "connected" ? address : null;
  return (
    <FeeAllowancesContext.Provider value={holder && held.holder === holder ? held : NONE}>
      {holder && (
        <Suspense fallback={null}>
          <Source holder={holder} onChange={onChange} />
        </Suspense>
      )}
      {children}
    </FeeAllowancesContext.Provider>
  );
}

/** The allowances `signer` holds that pay for every one of these message types and this fee. */
export function usePayingAllowances(
  signer: string | null,
  messageTypes: readonly string[],
  fee: bigint,
): FeeAllowanceOption[] {
  const held = useContext(FeeAllowancesContext);
  if (!signer || held.holder !== signer) return [];
  return held.options.filter(
    (o) =>
      (o.left === null || o.left >= fee) &&
      (o.allowedMessages === null || messageTypes.every((t) => o.allowedMessages!.includes(t))),
  );
}
