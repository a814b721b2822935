// Builders of gateway JSON as the chain's REST API returns it (snake_case, strings for 64-bit
// numbers, 18-decimal DecCoins), for tests of the mappers and components.
export const OWNER = "akash1tenant000000000000000000000000000000000";
export const PROVIDER_A = "akash1provider0000000000000000000000000000a";
export const PROVIDER_B = "akash1provider0000000000000000000000000000b";

export const dec = (n: number | string) =>
  `${n}${String(n).includes(".") ? "" : "."}000000000000000000`.replace(/^(\d+\.\d{18}).*$/, "$1");

export function resourceUnitJson(opts: {
  cpuMillis?: number;
  memory?: number;
  storage?: number[];
  gpus?: number;
  gpuModel?: string;
  count?: number;
  price?: string;
}) {
  const gpus = opts.gpus ?? 0;
  return {
    resource: {
      id: 1,
      cpu: { units: { val: String(opts.cpuMillis ?? 500) }, attributes: [] },
      memory: { quantity: { val: String(opts.memory ?? 512 * 1024 ** 2) }, attributes: [] },
      storage: (opts.storage ?? [1024 ** 3]).map((q) => ({
        name: "default",
        quantity: { val: String(q) },
        attributes: [],
      })),
      gpu: {
        units: { val: String(gpus) },
        attributes:
          gpus > 0 ? [{ key: `vendor/nvidia/model/${opts.gpuModel ?? "h100"}/ram/80Gi`, value: "true" }] : [],
      },
      endpoints: [{ kind: "SHARED_HTTP", sequence_number: 0 }],
    },
    count: opts.count ?? 1,
    price: { denom: "uact", amount: dec(opts.price ?? "100") },
  };
}

export function deploymentInfoJson(opts: {
  dseq: string;
  state?: string;
  createdAt?: string;
  units?: ReturnType<typeof resourceUnitJson>[];
  funds?: string;
  settledAt?: string;
  escrowState?: string;
  owner?: string;
}) {
  const owner = opts.owner ?? OWNER;
  return {
    deployment: {
      id: { owner, dseq: opts.dseq },
      state: opts.state ?? "active",
      hash: "q83vEjRWeJA=",
      created_at: opts.createdAt ?? opts.dseq,
    },
    groups: [
      {
        id: { owner, dseq: opts.dseq, gseq: 1 },
        state: "open",
        group_spec: {
          name: "dcloud",
          requirements: {
            signed_by: { all_of: [], any_of: ["akash1auditor"] },
            attributes: [{ key: "region", value: "eu-central" }],
          },
          resources: opts.units ?? [resourceUnitJson({})],
        },
        created_at: opts.createdAt ?? opts.dseq,
      },
    ],
    escrow_account: {
      id: { scope: "deployment", xid: `${owner}/${opts.dseq}` },
      state: {
        owner,
        state: opts.escrowState ?? "open",
        transferred: [{ denom: "uact", amount: dec(0) }],
        settled_at: opts.settledAt ?? opts.dseq,
        funds: [{ denom: "uact", amount: dec(opts.funds ?? "5000000") }],
        deposits: [
          {
            owner,
            height: opts.dseq,
            source: "balance",
            balance: { denom: "uact", amount: dec(opts.funds ?? "5000000") },
          },
        ],
      },
    },
  };
}

export function leaseJson(opts: {
  dseq: string;
  provider?: string;
  price: string;
  state?: string;
  gseq?: number;
  owner?: string;
  /** AEP-82, as node v2.1's gateway prints it */
  reclamation?: { window: string; started_at: string; deadline: string; reason: string };
  closedOn?: string;
  reason?: string;
}) {
  const id = {
    owner: opts.owner ?? OWNER,
    dseq: opts.dseq,
    gseq: opts.gseq ?? 1,
    oseq: 1,
    provider: opts.provider ?? PROVIDER_A,
    bseq: 0,
  };
  return {
    lease: {
      id,
      state: opts.state ?? "active",
      price: { denom: "uact", amount: dec(opts.price) },
      created_at: opts.dseq,
      closed_on: opts.closedOn ?? "0",
      reason: opts.reason ?? "lease_closed_invalid",
      ...(opts.reclamation ? { reclamation: opts.reclamation } : {}),
    },
    escrow_payment: {
      id: { aid: { scope: "deployment", xid: `${id.owner}/${id.dseq}` }, xid: `1/1/${id.provider}` },
      state: { owner: id.provider, state: "open", rate: { denom: "uact", amount: dec(opts.price) } },
    },
  };
}
