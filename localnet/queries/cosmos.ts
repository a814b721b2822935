// Cosmos SDK query services the clients use: auth account, bank balances, authz grants and the
// tendermint service's latest block / node info (REST only). Fee allowances: ./feegrant.ts.

import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import {
  QueryBalanceRequest,
  QueryBalanceResponse,
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QuerySpendableBalancesRequest,
  QuerySpendableBalancesResponse,
} from "cosmjs-types/cosmos/bank/v1beta1/query";
import {
  QueryGrantsRequest,
  QueryGrantsResponse,
  QueryGranterGrantsRequest,
  QueryGranterGrantsResponse,
  QueryGranteeGrantsRequest,
  QueryGranteeGrantsResponse,
} from "cosmjs-types/cosmos/authz/v1beta1/query";
import { GenericAuthorization, type Grant } from "cosmjs-types/cosmos/authz/v1beta1/authz";
import { SendAuthorization } from "cosmjs-types/cosmos/bank/v1beta1/authz";
import type { PageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { DepositAuthorization, DEPOSIT_AUTHORIZATION_URL } from "../codec/deposit-authorization.ts";
import { toBase64 } from "@cosmjs/encoding";
import Long from "long";
import type { Chain } from "../chain/app.ts";
import { balanceOf, allBalances } from "../modules/bank.ts";
import { parseGrantKey } from "../state/chain-state.ts";
import { timestampJson } from "./feegrant.ts";
import { paginate, type PageReq } from "./pagination.ts";
import { def, notFound } from "./types.ts";

const toPageReq = (p: PageRequest | undefined): PageReq | undefined =>
  p && {
    key: p.key,
    offset: Long.fromString(p.offset.toString()),
    limit: Long.fromString(p.limit.toString()),
    countTotal: p.countTotal,
    reverse: p.reverse,
  };
const toPageRes = (p: { nextKey: Uint8Array; total: Long }) => ({
  nextKey: p.nextKey,
  total: BigInt(p.total.toString()),
});

function pageJson(p: { nextKey: Uint8Array; total: bigint } | undefined) {
  return { next_key: p && p.nextKey.length ? toBase64(p.nextKey) : null, total: (p?.total ?? 0n).toString() };
}

export function accountJson(acc: BaseAccount) {
  return {
    "@type": "/cosmos.auth.v1beta1.BaseAccount",
    address: acc.address,
    pub_key: acc.pubKey
      ? { "@type": acc.pubKey.typeUrl, key: toBase64(PubKey.decode(acc.pubKey.value).key) }
      : null,
    account_number: acc.accountNumber.toString(),
    sequence: acc.sequence.toString(),
  };
}

function authorizationJson(g: Grant) {
  const a = g.authorization;
  if (!a) return null;
  if (a.typeUrl === DEPOSIT_AUTHORIZATION_URL)
    return { "@type": a.typeUrl, ...DepositAuthorization.toJSON(DepositAuthorization.decode(a.value)) };
  if (a.typeUrl === "/cosmos.bank.v1beta1.SendAuthorization") {
    const send = SendAuthorization.decode(a.value);
    return { "@type": a.typeUrl, spend_limit: send.spendLimit, allow_list: send.allowList };
  }
  if (a.typeUrl === "/cosmos.authz.v1beta1.GenericAuthorization")
    return { "@type": a.typeUrl, msg: GenericAuthorization.decode(a.value).msg };
  return { "@type": a.typeUrl };
}

const expirationJson = (g: Grant) => timestampJson(g.expiration);

function grantsOf(chain: Chain, pred: (granter: string, grantee: string, url: string) => boolean) {
  return chain.state.grants
    .list()
    .map((e) => {
      const { granter, grantee, typeUrl: url } = parseGrantKey(e.key);
      return { key: e.key, granter, grantee, url, grant: e.value };
    })
    .filter((g) => pred(g.granter, g.grantee, g.url))
    .map((g) => ({ key: g.key, value: g }));
}

type GrantRow = ReturnType<typeof grantsOf>[number]["value"];
const grantAuthJson = (g: GrantRow) => ({
  granter: g.granter,
  grantee: g.grantee,
  authorization: authorizationJson(g.grant),
  expiration: expirationJson(g.grant),
});
const coinJson = (c: { denom: string; amount: bigint }) => ({ denom: c.denom, amount: c.amount.toString() });

/** GranterGrants and GranteeGrants: the same page of GrantAuthorization, selected differently. */
function grantAuthorizationsPage(
  chain: Chain,
  pred: (granter: string, grantee: string) => boolean,
  pageReq: Parameters<typeof toPageReq>[0],
) {
  const { page, pagination } = paginate(grantsOf(chain, pred), toPageReq(pageReq));
  return {
    grants: page.map((g) => ({
      granter: g.granter,
      grantee: g.grantee,
      authorization: g.grant.authorization,
      expiration: g.grant.expiration,
    })),
    pagination: toPageRes(pagination),
  };
}

function grantAuthorizationsJson(res: {
  grants: Array<{
    granter: string;
    grantee: string;
    authorization?: Grant["authorization"];
    expiration?: Grant["expiration"];
  }>;
  pagination?: { nextKey: Uint8Array; total: bigint };
}) {
  return {
    grants: res.grants.map((g) => ({
      granter: g.granter,
      grantee: g.grantee,
      authorization: authorizationJson(g),
      expiration: expirationJson(g),
    })),
    pagination: pageJson(res.pagination),
  };
}

/** All balances, one page; spendable is the same on localnet (no vesting or locked coins). */
function balancesPage(chain: Chain, req: { address: string; pagination?: PageRequest }) {
  const items = allBalances(chain.state, req.address).map((c) => ({ key: c.denom, value: coinJson(c) }));
  const { page, pagination } = paginate(items, toPageReq(req.pagination));
  return { balances: page, pagination: toPageRes(pagination) };
}

export const cosmosQueries = [
  def({
    path: "/cosmos.auth.v1beta1.Query/Account",
    rest: ["/cosmos/auth/v1beta1/accounts/{address}"],
    req: QueryAccountRequest,
    res: QueryAccountResponse,
    run(chain, req) {
      const acc = chain.state.accounts.get(req.address);
      if (!acc) throw notFound(`account ${req.address} not found`);
      return {
        account: { typeUrl: "/cosmos.auth.v1beta1.BaseAccount", value: BaseAccount.encode(acc).finish() },
      };
    },
    restJson: (_chain, res) => ({
      account: res.account ? accountJson(BaseAccount.decode(res.account.value)) : null,
    }),
  }),
  def({
    path: "/cosmos.bank.v1beta1.Query/Balance",
    rest: ["/cosmos/bank/v1beta1/balances/{address}/by_denom"],
    req: QueryBalanceRequest,
    res: QueryBalanceResponse,
    run: (chain, req) => ({
      balance: { denom: req.denom, amount: balanceOf(chain.state, req.address, req.denom).toString() },
    }),
    restJson: (_c, res) => ({ balance: res.balance ?? null }),
  }),
  def({
    path: "/cosmos.bank.v1beta1.Query/AllBalances",
    rest: ["/cosmos/bank/v1beta1/balances/{address}"],
    req: QueryAllBalancesRequest,
    res: QueryAllBalancesResponse,
    run: balancesPage,
    restJson: (_c, res) => ({ balances: res.balances, pagination: pageJson(res.pagination) }),
  }),
  def({
    path: "/cosmos.bank.v1beta1.Query/SpendableBalances",
    rest: ["/cosmos/bank/v1beta1/spendable_balances/{address}"],
    req: QuerySpendableBalancesRequest,
    res: QuerySpendableBalancesResponse,
    run: balancesPage,
    restJson: (_c, res) => ({ balances: res.balances, pagination: pageJson(res.pagination) }),
  }),
  def({
    path: "/cosmos.authz.v1beta1.Query/Grants",
    rest: ["/cosmos/authz/v1beta1/grants"],
    req: QueryGrantsRequest,
    res: QueryGrantsResponse,
    run(chain, req) {
      const items = grantsOf(
        chain,
        (gr, ge, url) =>
          gr === req.granter && ge === req.grantee && (!req.msgTypeUrl || url === req.msgTypeUrl),
      );
      const { page, pagination } = paginate(items, toPageReq(req.pagination));
      return { grants: page.map((g) => g.grant), pagination: toPageRes(pagination) };
    },
    restJson(_chain, res) {
      const rows = res.grants.map((g) => ({
        authorization: authorizationJson(g),
        expiration: expirationJson(g),
      }));
      return { grants: rows, pagination: pageJson(res.pagination) };
    },
  }),
  def({
    path: "/cosmos.authz.v1beta1.Query/GranterGrants",
    rest: ["/cosmos/authz/v1beta1/grants/granter/{granter}"],
    req: QueryGranterGrantsRequest,
    res: QueryGranterGrantsResponse,
    run: (chain, req) => grantAuthorizationsPage(chain, (gr) => gr === req.granter, req.pagination),
    restJson: (_chain, res) => grantAuthorizationsJson(res),
  }),
  def({
    path: "/cosmos.authz.v1beta1.Query/GranteeGrants",
    rest: ["/cosmos/authz/v1beta1/grants/grantee/{grantee}"],
    req: QueryGranteeGrantsRequest,
    res: QueryGranteeGrantsResponse,
    run: (chain, req) => grantAuthorizationsPage(chain, (_gr, ge) => ge === req.grantee, req.pagination),
    restJson: (_chain, res) => grantAuthorizationsJson(res),
  }),
];

export { grantAuthJson };
