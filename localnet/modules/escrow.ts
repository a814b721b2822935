// x/escrow: deployment and bid escrow accounts, lease payments, deposits from balance or authz
// grant, settlement, withdrawal and refunds on close (node x/escrow/keeper/keeper.go semantics).

import {
  Types_Account,
  Types_Payment,
  Source,
  type Scope,
  Types_State,
} from "@akashnetwork/chain-sdk/private-types/akash.v1";
import Long from "long";
import type { ExecContext } from "../chain/context.ts";
import { formatDec, intToDec, parseDec, truncDec } from "../chain/dec.ts";
import { EscrowErr } from "../chain/errors.ts";
import { keys } from "../state/chain-state.ts";
import { ESCROW_MODULE, transfer } from "./bank.ts";
import { restoreGrant, type Depositor } from "./escrow-deposits.ts";
import { settleFullBlocks, type AccountBal, type EscrowStateName, type PaymentBal } from "./escrow-math.ts";

export { authorizeDeposits, DEPOSIT_AUTHZ_URL, type Depositor } from "./escrow-deposits.ts";

type AccountHook = (ctx: ExecContext, acc: Types_Account) => void;
type PaymentHook = (ctx: ExecContext, p: Types_Payment) => void;
export const escrowHooks: { onAccountClosed: AccountHook[]; onPaymentClosed: PaymentHook[] } = {
  onAccountClosed: [],
  onPaymentClosed: [],
};

const stateName = (s: Types_State): EscrowStateName =>
  s === Types_State.closed ? "closed" : s === Types_State.overdrawn ? "overdrawn" : "open";
const stateEnum = (s: EscrowStateName): Types_State =>
  s === "closed" ? Types_State.closed : s === "overdrawn" ? Types_State.overdrawn : Types_State.open;

export function getAccount(ctx: ExecContext, scope: Scope, xid: string): Types_Account {
  const acc = ctx.state.escrowAccounts.get(keys.escrowAccount(scope, xid));
  if (!acc?.state) throw EscrowErr.accountNotFound();
  return acc;
}

export function accountPayments(ctx: ExecContext, scope: Scope, xid: string): Types_Payment[] {
  return ctx.state.escrowPayments.list(`${scope}/${xid}/`).map((e) => e.value);
}

function savePayment(ctx: ExecContext, p: Types_Payment, prev: Types_State): void {
  const id = p.id;
  if (!id?.aid || !p.state) return;
  ctx.state.escrowPayments.set(keys.escrowPayment(id.aid.scope, id.aid.xid, id.xid), p);
  if (p.state.state !== prev && p.state.state !== Types_State.open) {
    for (const h of escrowHooks.onPaymentClosed) h(ctx, p);
  }
}

/** Sends remaining deposits back to each depositor; grant-funded remainders restore the grant. */
function refundDeposits(ctx: ExecContext, acc: Types_Account): void {
  const st = acc.state;
  if (!st) return;
  for (const d of st.deposits) {
    const amount = truncDec(parseDec(d.balance?.amount ?? "0"));
    const denom = d.balance?.denom ?? "";
    if (amount <= 0n) continue;
    transfer(ctx, ESCROW_MODULE, d.owner, [{ denom, amount }]);
    if (d.source === Source.grant) restoreGrant(ctx, d.owner, st.owner, { denom, amount });
    const f = st.funds[0];
    if (f) f.amount = formatDec(parseDec(f.amount) - intToDec(amount));
  }
  st.deposits = [];
}

function saveAccount(ctx: ExecContext, acc: Types_Account, prev: Types_State): void {
  const st = acc.state;
  if (!st || !acc.id) return;
  const closing = st.state === Types_State.closed || st.state === Types_State.overdrawn;
  if (closing) refundDeposits(ctx, acc);
  ctx.state.escrowAccounts.set(keys.escrowAccount(acc.id.scope, acc.id.xid), acc);
  if (closing && prev !== st.state) for (const h of escrowHooks.onAccountClosed) h(ctx, acc);
}

export function accountCreate(
  ctx: ExecContext,
  scope: Scope,
  xid: string,
  owner: string,
  deposits: Depositor[],
): void {
  const key = keys.escrowAccount(scope, xid);
  if (ctx.state.escrowAccounts.has(key)) throw EscrowErr.accountExists();
  const denoms = [...new Set(deposits.map((d) => d.amount.denom))];
  const acc = Types_Account.fromPartial({
    id: { scope, xid },
    state: {
      owner,
      state: Types_State.open,
      transferred: denoms.map((denom) => ({ denom, amount: formatDec(0n) })),
      settledAt: Long.fromString(ctx.height.toString()),
      funds: denoms.map((denom) => ({ denom, amount: formatDec(0n) })),
      deposits: [],
    },
  });
  fetchDeposits(ctx, acc, deposits);
  ctx.state.escrowAccounts.set(key, acc);
}

function fetchDeposits(ctx: ExecContext, acc: Types_Account, deposits: Depositor[]): void {
  const st = acc.state;
  if (!st) return;
  for (const d of deposits) {
    const funds = st.funds.find((f) => f.denom === d.amount.denom);
    if (!funds) throw EscrowErr.invalidDenomination();
    if (parseDec(funds.amount) < 0n) funds.amount = formatDec(0n);
    transfer(ctx, d.owner, ESCROW_MODULE, [d.amount]);
    funds.amount = formatDec(parseDec(funds.amount) + intToDec(d.amount.amount));
    st.deposits.push({
      owner: d.owner,
      height: Long.fromString(ctx.height.toString()),
      source: d.source,
      balance: { denom: d.amount.denom, amount: formatDec(intToDec(d.amount.amount)) },
      direct: false,
    });
  }
}

export function accountDeposit(ctx: ExecContext, scope: Scope, xid: string, deposits: Depositor[]): void {
  const acc = getAccount(ctx, scope, xid);
  const prev = acc.state?.state ?? Types_State.invalid;
  if (prev === Types_State.closed) throw EscrowErr.accountClosed();
  fetchDeposits(ctx, acc, deposits);
  if (prev === Types_State.overdrawn) {
    const { payments, overdrawn } = settle(ctx, acc);
    for (const p of payments) closeAndWithdraw(ctx, p.payment, p.prev);
    if (!overdrawn && acc.state) acc.state.state = Types_State.closed;
  }
  saveAccount(ctx, acc, prev);
}

interface LoadedPayment {
  payment: Types_Payment;
  prev: Types_State;
}

function toBal(acc: Types_Account): AccountBal {
  const st = acc.state;
  return {
    funds: parseDec(st?.funds[0]?.amount ?? "0"),
    transferred: parseDec(st?.transferred[0]?.amount ?? "0"),
    deposits: (st?.deposits ?? []).map((d) => ({
      owner: d.owner,
      balance: parseDec(d.balance?.amount ?? "0"),
    })),
  };
}

/** Settles an account up to the current height. Mutates the loaded objects; callers save them. */
function settle(ctx: ExecContext, acc: Types_Account): { payments: LoadedPayment[]; overdrawn: boolean } {
  const st = acc.state;
  if (!st || !acc.id) return { payments: [], overdrawn: false };
  if (st.state === Types_State.closed) throw EscrowErr.accountClosed();
  const f0 = st.funds[0];
  if (f0 && parseDec(f0.amount) < 0n) return { payments: [], overdrawn: true };
  let delta = 0n;
  if (st.state !== Types_State.overdrawn) {
    delta = ctx.height - BigInt(st.settledAt.toString());
    st.settledAt = Long.fromString(ctx.height.toString());
  }
  const wanted = delta === 0n ? [Types_State.overdrawn] : [Types_State.overdrawn, Types_State.open];
  const payments = accountPayments(ctx, acc.id.scope, acc.id.xid)
    .filter((p) => p.state && wanted.includes(p.state.state))
    .map((payment) => ({ payment, prev: payment.state?.state ?? Types_State.invalid }));
  if (payments.length === 0) return { payments, overdrawn: false };
  const bal = toBal(acc);
  const pbals: PaymentBal[] = payments.map(({ payment }) => ({
    state: stateName(payment.state?.state ?? Types_State.open),
    rate: parseDec(payment.state?.rate?.amount ?? "0"),
    balance: parseDec(payment.state?.balance?.amount ?? "0"),
    unsettled: parseDec(payment.state?.unsettled?.amount ?? "0"),
  }));
  const overdrawn = settleFullBlocks(bal, pbals, delta);
  writeBack(acc, bal, payments, pbals);
  if (overdrawn) {
    st.state = Types_State.overdrawn;
    for (const p of payments) withdraw(ctx, p.payment);
  }
  return { payments, overdrawn };
}

function writeBack(
  acc: Types_Account,
  bal: AccountBal,
  payments: LoadedPayment[],
  pbals: PaymentBal[],
): void {
  const st = acc.state;
  if (!st) return;
  const f0 = st.funds[0];
  const t0 = st.transferred[0];
  if (f0) f0.amount = formatDec(bal.funds);
  if (t0) t0.amount = formatDec(bal.transferred);
  const kept = st.deposits.slice(st.deposits.length - bal.deposits.length);
  kept.forEach((d, i) => {
    if (d.balance) d.balance.amount = formatDec(bal.deposits[i]?.balance ?? 0n);
  });
  st.deposits = kept;
  payments.forEach(({ payment }, i) => {
    const pb = pbals[i];
    const ps = payment.state;
    if (!pb || !ps) return;
    ps.state = stateEnum(pb.state);
    if (ps.balance) ps.balance.amount = formatDec(pb.balance);
    if (ps.unsettled) ps.unsettled.amount = formatDec(pb.unsettled);
  });
}

/** Pays the whole-unit part of the payment balance to its owner (the provider). */
function withdraw(ctx: ExecContext, p: Types_Payment): void {
  const ps = p.state;
  if (!ps?.balance) return;
  const earned = truncDec(parseDec(ps.balance.amount));
  if (earned <= 0n) return;
  transfer(ctx, ESCROW_MODULE, ps.owner, [{ denom: ps.balance.denom, amount: earned }]);
  ps.withdrawn = {
    denom: ps.balance.denom,
    amount: (BigInt(ps.withdrawn?.amount ?? "0") + earned).toString(),
  };
  ps.balance.amount = formatDec(parseDec(ps.balance.amount) - intToDec(earned));
}

function closeAndWithdraw(ctx: ExecContext, p: Types_Payment, prev: Types_State): void {
  if (p.state?.state === Types_State.open) p.state.state = Types_State.closed;
  withdraw(ctx, p);
  savePayment(ctx, p, prev);
}

function saveAll(
  ctx: ExecContext,
  acc: Types_Account,
  accPrev: Types_State,
  payments: LoadedPayment[],
): void {
  saveAccount(ctx, acc, accPrev);
  for (const p of payments) savePayment(ctx, p.payment, p.prev);
}

export function accountClose(ctx: ExecContext, scope: Scope, xid: string): void {
  const acc = getAccount(ctx, scope, xid);
  const prev = acc.state?.state ?? Types_State.invalid;
  if (prev !== Types_State.open && prev !== Types_State.overdrawn) throw EscrowErr.accountClosed();
  const { payments } = settle(ctx, acc);
  if (acc.state?.state === Types_State.open) acc.state.state = Types_State.closed;
  saveAccount(ctx, acc, prev);
  for (const p of payments) closeAndWithdraw(ctx, p.payment, p.prev);
}

export function paymentCreate(
  ctx: ExecContext,
  scope: Scope,
  aidXid: string,
  xid: string,
  owner: string,
  rate: { denom: string; amount: string },
): void {
  const acc = getAccount(ctx, scope, aidXid);
  const prev = acc.state?.state ?? Types_State.invalid;
  const { payments, overdrawn } = settle(ctx, acc);
  if (overdrawn) throw EscrowErr.accountOverdrawn();
  if (!acc.state?.funds.some((f) => f.denom === rate.denom)) throw EscrowErr.invalidDenomination();
  const key = keys.escrowPayment(scope, aidXid, xid);
  if (ctx.state.escrowPayments.has(key)) throw EscrowErr.invalidId("payment exists");
  saveAll(ctx, acc, prev, payments);
  const zero = { denom: rate.denom, amount: formatDec(0n) };
  ctx.state.escrowPayments.set(
    key,
    Types_Payment.fromPartial({
      id: { aid: { scope, xid: aidXid }, xid },
      state: {
        owner,
        state: Types_State.open,
        rate,
        balance: zero,
        unsettled: zero,
        withdrawn: { denom: rate.denom, amount: "0" },
      },
    }),
  );
}

function loadPayment(ctx: ExecContext, scope: Scope, aidXid: string, xid: string): Types_Payment {
  const p = ctx.state.escrowPayments.get(keys.escrowPayment(scope, aidXid, xid));
  if (!p?.state) throw EscrowErr.paymentNotFound();
  return p;
}

export function paymentWithdraw(ctx: ExecContext, scope: Scope, aidXid: string, xid: string): void {
  const p = loadPayment(ctx, scope, aidXid, xid);
  if (p.state?.state !== Types_State.open) throw EscrowErr.paymentClosed();
  const acc = getAccount(ctx, scope, aidXid);
  const prev = acc.state?.state ?? Types_State.invalid;
  const { payments, overdrawn } = settle(ctx, acc);
  if (!overdrawn) {
    const mine = payments.find((x) => x.payment.id?.xid === xid);
    if (mine) withdraw(ctx, mine.payment);
    else withdraw(ctx, p);
    if (!mine) savePayment(ctx, p, Types_State.open);
  }
  saveAll(ctx, acc, prev, payments);
}

export function paymentClose(ctx: ExecContext, scope: Scope, aidXid: string, xid: string): void {
  const p = loadPayment(ctx, scope, aidXid, xid);
  const st = p.state?.state ?? Types_State.invalid;
  if (st !== Types_State.open && st !== Types_State.overdrawn) throw EscrowErr.paymentClosed();
  const acc = getAccount(ctx, scope, aidXid);
  const prev = acc.state?.state ?? Types_State.invalid;
  const { payments } = settle(ctx, acc);
  saveAccount(ctx, acc, prev);
  for (const lp of payments) {
    if (lp.payment.id?.xid === xid) closeAndWithdraw(ctx, lp.payment, lp.prev);
    else savePayment(ctx, lp.payment, lp.prev);
  }
  if (!payments.some((lp) => lp.payment.id?.xid === xid)) closeAndWithdraw(ctx, p, st);
}
