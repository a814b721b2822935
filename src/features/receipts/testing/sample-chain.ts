// Deterministic sample chains for tests, benchmarks and e2e seeding: realistic receipts built
// with the same code the store uses, so a seeded chain verifies exactly like a real one.
import { sealReceipt } from "../core/canonical";
import { buildBeginBody, buildNextBody, type BeginReceipt } from "../core/build";
import { RECEIPT_ACTIONS, type FinalState, type Receipt } from "../core/receipt";

/** The address of SAMPLE_KEY (testing/keys.ts), so sample chains can be signed and anchored. */
export const SAMPLE_SIGNER = "akash1wn42k7tvcvc7a022rg2a3u0cry3yqx0e2lxht9";

export const SAMPLE_SDL = `version: "2.0"
services:
  web:
    image: registry.example.com/team/web:1.2.3
    credentials:
      host: registry.example.com
      username: deployer
      password: sample-registry-password
    env:
      - MODE=production
      - API_TOKEN=sample-env-token
profiles:
  compute:
    web:
      resources: { cpu: { units: 1 }, memory: { size: 512Mi }, storage: { size: 1Gi } }
`;

export function sampleBegin(
  i: number,
  overrides: Partial<BeginReceipt> = {},
  signer = SAMPLE_SIGNER,
): BeginReceipt {
  const action = RECEIPT_ACTIONS[i % RECEIPT_ACTIONS.length]!;
  return {
    action,
    network: i % 5 === 4 ? { id: "sandbox", name: "Sandbox" } : { id: "local", name: "Local network" },
    chainId: i % 5 === 4 ? "sandbox-2" : "akash-localnet-1",
    walletName: "Keplr",
    signer,
    target: { owner: signer, dseq: String(1000 + Math.floor(i / 3)), gseq: 1, oseq: 1 },
    request: {
      sdl: action === "create" || action === "update" ? SAMPLE_SDL : undefined,
      deposit: { denom: "uact", amount: "500000" },
      fee: { amount: [{ denom: "uakt", amount: "5000" }], gas: "200000" },
      messageTypeUrls: ["/akash.deployment.v1beta4.MsgCreateDeployment"],
    },
    reason: i % 2 === 0 ? `sample reason ${i}` : null,
    ...overrides,
  };
}

const STATES: FinalState[] = ["success", "success", "failed", "rejected"];

function timestampOf(start: number, n: number): string {
  return new Date(start + n * 60_000).toISOString();
}

/**
 * `attempts` signing attempts, each a pending entry followed by a final one, chained from `prev`.
 * Returns 2 × attempts receipts, oldest first.
 */
export async function sampleChain(
  attempts: number,
  opts: { prev?: string | null; start?: number; idPrefix?: string; signer?: string } = {},
): Promise<Receipt[]> {
  const start = opts.start ?? Date.UTC(2026, 10, 1);
  const prefix = opts.idPrefix ?? "r";
  const out: Receipt[] = [];
  let prev = opts.prev ?? null;
  for (let i = 0; i < attempts; i++) {
    const begin = await buildBeginBody(sampleBegin(i, {}, opts.signer), {
      id: `${prefix}${i}-a`,
      timestamp: timestampOf(start, 2 * i),
    });
    const pending = await sealReceipt(begin, prev);
    const state = STATES[i % STATES.length]!;
    const txHash = state === "rejected" ? null : `${(i + 1).toString(16).padStart(64, "0").toUpperCase()}`;
    const response = {
      txHash,
      height: txHash ? 100 + i : null,
      code: state === "failed" ? 5 : txHash ? 0 : null,
    };
    const next = buildNextBody(pending, state, response, {
      id: `${prefix}${i}-b`,
      timestamp: timestampOf(start, 2 * i + 1),
    });
    const final = await sealReceipt(next, pending.sha256);
    out.push(pending, final);
    prev = final.sha256;
  }
  return out;
}
