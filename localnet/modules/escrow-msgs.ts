// x/escrow v1 messages: MsgAccountDeposit tops up a deployment or bid escrow account from the
// signer's balance or from DepositAuthorization grants, in the order of `sources`. Anyone may
// deposit into any open account; what is not spent goes back to each depositor on close.

import { MsgAccountDeposit, Scope } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { EscrowErr } from "../chain/errors.ts";
import { parseCoin } from "./bank.ts";
import { accountDeposit, authorizeDeposits } from "./escrow.ts";
import type { MsgHandler } from "./types.ts";

export const msgAccountDeposit: MsgHandler<MsgAccountDeposit> = {
  typeUrl: "/akash.escrow.v1.MsgAccountDeposit",
  codec: MsgAccountDeposit,
  signers: (m) => [m.signer],
  handle(ctx, m) {
    const id = m.id;
    if (!id || (id.scope !== Scope.deployment && id.scope !== Scope.bid) || !id.xid)
      throw EscrowErr.invalidId();
    const amount = parseCoin(m.deposit?.amount, "deposit");
    if (amount.amount <= 0n) throw EscrowErr.invalidDeposit("deposit must be positive");
    if (!m.deposit?.sources.length) throw EscrowErr.invalidDeposit("no deposit sources");
    // As the node's msg server: sources first (AuthorizeDeposits), then the account (AccountDeposit).
    const depositors = authorizeDeposits(ctx, m.signer, amount, m.deposit.sources, id.scope);
    accountDeposit(ctx, id.scope, id.xid, depositors);
  },
};
