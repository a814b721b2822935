// Query services of escrow v1, provider v1beta4, audit v1, cert v1 and bme v1.

import {
  QueryAccountsRequest,
  QueryAccountsResponse,
  QueryPaymentsRequest,
  QueryPaymentsResponse,
  QueryProviderRequest as AuditProviderReq,
  QueryProvidersResponse as AuditProvidersRes,
  QueryAllProvidersAttributesRequest,
  QueryProviderAttributesRequest,
  QueryAuditorAttributesRequest,
  QueryCertificatesRequest,
  QueryCertificatesResponse,
  Cert_State,
  Types_State,
  QueryParamsRequest as BmeParamsReq,
  QueryParamsResponse as BmeParamsRes,
  QueryStatusRequest,
  QueryStatusResponse,
  QueryVaultStateRequest,
  QueryVaultStateResponse,
  QueryLedgerRecordsRequest,
  QueryLedgerRecordsResponse,
  MintStatus,
  LedgerRecordStatus,
  type QueryLedgerRecordEntry,
} from "@akashnetwork/chain-sdk/private-types/akash.v1";
import {
  QueryProvidersRequest,
  QueryProvidersResponse,
  QueryProviderRequest,
  QueryProviderResponse,
} from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import Long from "long";
import { BME_MODULE, allBalances } from "../modules/bank.ts";
import { parseBmeKey } from "../modules/bme.ts";
import { paginate } from "./pagination.ts";
import { def, invalidArg, notFound } from "./types.ts";

const ESCROW_STATES: Record<string, Types_State> = {
  open: Types_State.open,
  closed: Types_State.closed,
  overdrawn: Types_State.overdrawn,
};
const CERT_STATES: Record<string, Cert_State> = { valid: Cert_State.valid, revoked: Cert_State.revoked };

function escrowState(s: string): Types_State | undefined {
  if (!s) return undefined;
  const v = ESCROW_STATES[s];
  if (v === undefined) throw invalidArg(`invalid state ${s}`);
  return v;
}

// The node keys escrow objects by xid; a partial xid ("owner" or "owner/dseq") selects a prefix.
const xidMatch = (filter: string, xid: string) => !filter || xid === filter || xid.startsWith(`${filter}/`);

export const otherAkashQueries = [
  def({
    path: "/akash.escrow.v1.Query/Accounts",
    rest: ["/akash/escrow/v1/types/accounts"],
    req: QueryAccountsRequest,
    res: QueryAccountsResponse,
    run(chain, req) {
      const st = escrowState(req.state);
      const items = chain.state.escrowAccounts
        .list()
        .filter(
          (e) =>
            xidMatch(req.xid, e.value.id?.xid ?? "") && (st === undefined || e.value.state?.state === st),
        );
      const { page, pagination } = paginate(items, req.pagination);
      return { accounts: page, pagination };
    },
  }),
  def({
    path: "/akash.escrow.v1.Query/Payments",
    rest: ["/akash/escrow/v1/types/payments"],
    req: QueryPaymentsRequest,
    res: QueryPaymentsResponse,
    run(chain, req) {
      const st = escrowState(req.state);
      const items = chain.state.escrowPayments
        .list()
        .filter(
          (e) =>
            xidMatch(req.xid, e.value.id?.aid?.xid ?? "") &&
            (st === undefined || e.value.state?.state === st),
        );
      const { page, pagination } = paginate(items, req.pagination);
      return { payments: page, pagination };
    },
  }),
  def({
    path: "/akash.provider.v1beta4.Query/Providers",
    rest: ["/akash/provider/v1beta4/providers"],
    req: QueryProvidersRequest,
    res: QueryProvidersResponse,
    run(chain, req) {
      const { page, pagination } = paginate(chain.state.providers.list(), req.pagination);
      return { providers: page, pagination };
    },
  }),
  def({
    path: "/akash.provider.v1beta4.Query/Provider",
    rest: ["/akash/provider/v1beta4/providers/{owner}"],
    req: QueryProviderRequest,
    res: QueryProviderResponse,
    run(chain, req) {
      const p = chain.state.providers.get(req.owner);
      if (!p) throw notFound(`invalid provider: ${req.owner}`);
      return { provider: p };
    },
  }),
  def({
    path: "/akash.audit.v1.Query/AllProvidersAttributes",
    rest: ["/akash/audit/v1/audit/attributes/list"],
    req: QueryAllProvidersAttributesRequest,
    res: AuditProvidersRes,
    run(chain, req) {
      const { page, pagination } = paginate(chain.state.audits.list(), req.pagination);
      return { providers: page, pagination };
    },
  }),
  def({
    path: "/akash.audit.v1.Query/ProviderAttributes",
    rest: ["/akash/audit/v1/audit/attributes/{owner}/list"],
    req: QueryProviderAttributesRequest,
    res: AuditProvidersRes,
    run(chain, req) {
      const { page, pagination } = paginate(chain.state.audits.list(`${req.owner}/`), req.pagination);
      return { providers: page, pagination };
    },
  }),
  def({
    path: "/akash.audit.v1.Query/ProviderAuditorAttributes",
    rest: ["/akash/audit/v1/audit/attributes/{auditor}/{owner}"],
    req: AuditProviderReq,
    res: AuditProvidersRes,
    run(chain, req) {
      const a = chain.state.audits.get(`${req.owner}/${req.auditor}`);
      if (!a) throw notFound("provider not found");
      return { providers: [a], pagination: undefined };
    },
  }),
  def({
    path: "/akash.audit.v1.Query/AuditorAttributes",
    rest: ["/akash/provider/v1/auditor/{auditor}/list"],
    req: QueryAuditorAttributesRequest,
    res: AuditProvidersRes,
    run(chain, req) {
      const items = chain.state.audits.list().filter((e) => e.value.auditor === req.auditor);
      const { page, pagination } = paginate(items, req.pagination);
      return { providers: page, pagination };
    },
  }),
  def({
    path: "/akash.cert.v1.Query/Certificates",
    rest: ["/akash/cert/v1/certificates/list"],
    req: QueryCertificatesRequest,
    res: QueryCertificatesResponse,
    run(chain, req) {
      const f = req.filter;
      let st: Cert_State | undefined;
      if (f?.state) {
        st = CERT_STATES[f.state];
        if (st === undefined) throw invalidArg(`invalid state ${f.state}`);
      }
      const items = chain.state.certificates
        .list(f?.owner ? `${f.owner}/` : "")
        .map((e) => ({ key: e.key, value: { certificate: e.value, serial: e.key.split("/")[1] ?? "" } }))
        .filter(
          (e) =>
            (!f?.serial || e.value.serial === f.serial) &&
            (st === undefined || e.value.certificate.state === st),
        );
      const { page, pagination } = paginate(items, req.pagination);
      return { certificates: page, pagination };
    },
  }),
  def({
    path: "/akash.bme.v1.Query/Params",
    rest: ["/akash/bme/v1/params"],
    req: BmeParamsReq,
    res: BmeParamsRes,
    run: (chain) => ({
      params: {
        circuitBreakerWarnThreshold: 9500,
        circuitBreakerHaltThreshold: 9000,
        minEpochBlocks: Long.fromNumber(chain.opts.bme.epochBlocks),
        epochBlocksBackoffPercent: 0,
        mintSpreadBps: chain.opts.bme.mintSpreadBps,
        settleSpreadBps: 0,
        maxEndblockerRecords: 1000,
      },
    }),
  }),
  def({
    path: "/akash.bme.v1.Query/Status",
    rest: ["/akash/bme/v1/status"],
    req: QueryStatusRequest,
    res: QueryStatusResponse,
    run: () => ({
      status: MintStatus.mint_status_healthy,
      collateralRatio: "1.000000000000000000",
      warnThreshold: "0.950000000000000000",
      haltThreshold: "0.900000000000000000",
      mintsAllowed: true,
      refundsAllowed: true,
    }),
  }),
  def({
    path: "/akash.bme.v1.Query/VaultState",
    rest: ["/akash/bme/v1/vault"],
    req: QueryVaultStateRequest,
    res: QueryVaultStateResponse,
    run: (chain) => ({
      vaultState: {
        balances: allBalances(chain.state, BME_MODULE).map((c) => ({
          denom: c.denom,
          amount: c.amount.toString(),
        })),
        totalBurned: [],
        totalMinted: [],
        remintCredits: [],
      },
    }),
  }),
  def({
    path: "/akash.bme.v1.Query/LedgerRecords",
    rest: ["/akash/bme/v1/ledger"],
    req: QueryLedgerRecordsRequest,
    res: QueryLedgerRecordsResponse,
    run(chain, req) {
      const pending = chain.state.bmePending.list().map((e) => ({
        key: e.key,
        value: {
          id: parseBmeKey(e.key),
          status: LedgerRecordStatus.ledger_record_status_pending,
          pendingRecord: e.value,
        },
      }));
      const done = chain.state.bmeLedger.list().map((e) => ({
        key: e.key,
        value: {
          id: parseBmeKey(e.key),
          status: LedgerRecordStatus.ledger_record_status_executed,
          executedRecord: e.value,
        },
      }));
      const f = req.filters;
      const items: Array<{ key: string; value: QueryLedgerRecordEntry }> = [...pending, ...done]
        .filter((e) => !f?.denom || e.value.id.denom === f.denom)
        .filter((e) => !f?.source || e.value.id.source === f.source)
        .sort((a, b) => (a.key < b.key ? -1 : 1));
      const { page, pagination } = paginate(items, req.pagination);
      return { records: page, pagination };
    },
  }),
];
