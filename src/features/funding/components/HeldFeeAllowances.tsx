// Reads the fee allowances an account holds from the chain and reports what each can still pay
// (in AKT), for which messages, until when: the source the wallet's fee-allowance host loads.
import { useEffect } from "react";
import type { FeeAllowancesSource } from "@/features/wallet";
import { useAllowances } from "../api/fee-allowances";
import { allowanceCovers } from "../api/grant-json";

export const HeldFeeAllowances: FeeAllowancesSource = ({ holder, onChange }) => {
  const allowances = useAllowances("grantee", holder);
  useEffect(() => {
    const now = new Date();
    const options = (allowances.data ?? []).flatMap((a) => {
      const cover = allowanceCovers(a, now, "uakt", []);
      return cover.ok
        ? [
            {
              granter: a.granter,
              left: cover.left,
              expiresAt: a.expiration,
              allowedMessages: a.allowedMessages,
            },
          ]
        : [];
    });
    onChange({ holder, options });
  }, [allowances.data, holder, onChange]);
  return null;
};
