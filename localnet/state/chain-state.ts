// Typed collections of the chain state, one per on-chain entity, each keyed so that key order is
// the order the node's stores iterate in (owner, then zero-padded sequence numbers).

import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { Grant } from "cosmjs-types/cosmos/authz/v1beta1/authz";
import { Grant as FeeGrant } from "cosmjs-types/cosmos/feegrant/v1beta1/feegrant";
import {
  Deployment,
  Types_Account,
  Types_Payment,
  AuditedProvider,
  Certificate,
} from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { Group, Provider } from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import { Bid, Order } from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import { Lease } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { LedgerRecord, LedgerPendingRecord } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { Collection, type Codec, type KVStore, pad } from "./store.ts";
// Reclamation fields (AEP-82) are installed into the codecs above before any state is stored.
import "../codec/index.ts";

const textCodec: Codec<string> = {
  encode: (s) => ({ finish: () => new TextEncoder().encode(s) }),
  decode: (b) => new TextDecoder().decode(b),
};

export type Long = { toString(): string };
export const big = (v: Long | number | bigint | string | undefined): bigint => BigInt((v ?? 0).toString());

export interface DeploymentKey {
  owner: string;
  dseq: Long | bigint;
}
export interface GroupKey extends DeploymentKey {
  gseq: number;
}
export interface OrderKey extends GroupKey {
  oseq: number;
}
export interface BidKey extends OrderKey {
  provider: string;
  bseq: number;
}

export const keys = {
  deployment: (id: DeploymentKey) => `${id.owner}/${pad(big(id.dseq))}`,
  group: (id: GroupKey) => `${keys.deployment(id)}/${pad(id.gseq, 10)}`,
  order: (id: OrderKey) => `${keys.group(id)}/${pad(id.oseq, 10)}`,
  bid: (id: BidKey) => `${keys.order(id)}/${id.provider}/${pad(id.bseq, 10)}`,
  escrowAccount: (scope: number, xid: string) => `${scope}/${xid}`,
  escrowPayment: (scope: number, aidXid: string, xid: string) => `${scope}/${aidXid}/${xid}`,
  balance: (addr: string, denom: string) => `${addr}/${denom}`,
  grant: (granter: string, grantee: string, typeUrl: string) => `${granter}/${grantee}/${typeUrl}`,
  /** x/feegrant's FeeAllowanceKey order: grantee, then granter, by address bytes (hex) */
  feeAllowance: (granterHex: string, granteeHex: string) => `${granteeHex}/${granterHex}`,
};

/** Inverse of keys.grant; the type URL itself starts with "/", so only the first two split. */
export function parseGrantKey(key: string): { granter: string; grantee: string; typeUrl: string } {
  const a = key.indexOf("/");
  const b = key.indexOf("/", a + 1);
  return { granter: key.slice(0, a), grantee: key.slice(a + 1, b), typeUrl: key.slice(b + 1) };
}

export class ChainState {
  readonly accounts: Collection<BaseAccount>;
  readonly balances: Collection<Coin>;
  readonly meta: Collection<string>;
  readonly deployments: Collection<Deployment>;
  readonly groups: Collection<Group>;
  readonly orders: Collection<Order>;
  readonly bids: Collection<Bid>;
  readonly leases: Collection<Lease>;
  readonly escrowAccounts: Collection<Types_Account>;
  readonly escrowPayments: Collection<Types_Payment>;
  readonly providers: Collection<Provider>;
  readonly certificates: Collection<Certificate>;
  readonly audits: Collection<AuditedProvider>;
  readonly grants: Collection<Grant>;
  readonly feeAllowances: Collection<FeeGrant>;
  readonly bmeLedger: Collection<LedgerRecord>;
  readonly bmePending: Collection<LedgerPendingRecord>;

  constructor(readonly store: KVStore) {
    this.accounts = new Collection(store, "accounts", BaseAccount);
    this.balances = new Collection(store, "balances", Coin);
    this.meta = new Collection(store, "meta", textCodec);
    this.deployments = new Collection(store, "deployments", Deployment);
    this.groups = new Collection(store, "groups", Group);
    this.orders = new Collection(store, "orders", Order);
    this.bids = new Collection(store, "bids", Bid);
    this.leases = new Collection(store, "leases", Lease);
    this.escrowAccounts = new Collection(store, "escrowAccounts", Types_Account);
    this.escrowPayments = new Collection(store, "escrowPayments", Types_Payment);
    this.providers = new Collection(store, "providers", Provider);
    this.certificates = new Collection(store, "certificates", Certificate);
    this.audits = new Collection(store, "audits", AuditedProvider);
    this.grants = new Collection(store, "grants", Grant);
    this.feeAllowances = new Collection(store, "feeAllowances", FeeGrant);
    this.bmeLedger = new Collection(store, "bmeLedger", LedgerRecord);
    this.bmePending = new Collection(store, "bmePending", LedgerPendingRecord);
  }

  metaNumber(key: string): bigint {
    return BigInt(this.meta.get(key) ?? "0");
  }

  setMetaNumber(key: string, v: bigint): void {
    this.meta.set(key, v.toString());
  }
}
