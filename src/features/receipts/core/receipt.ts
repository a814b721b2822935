// The receipt model: one immutable, hash-linked entry per step of a signing attempt or manifest
// send. This file owns the shape; canonical.ts owns how it is hashed, verify.ts what makes a
// chain valid. No browser-only imports here: the Node verifier script imports this folder.

export const RECEIPT_SCHEMA_VERSION = 1;

export const RECEIPT_ACTIONS = [
  "create",
  "deposit",
  "accept-bid",
  "send-manifest",
  "update",
  "close-lease",
  "close",
  "mint",
  "grant",
  "revoke-grant",
  "top-up",
  "other",
] as const;
export type ReceiptAction = (typeof RECEIPT_ACTIONS)[number];

export const RECEIPT_STATES = ["pending", "success", "failed", "rejected"] as const;
export type ReceiptState = (typeof RECEIPT_STATES)[number];
export type FinalState = Exclude<ReceiptState, "pending">;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface Coin {
  denom: string;
  amount: string;
}

export interface ReceiptTarget {
  owner: string | null;
  dseq: string | null;
  gseq: number | null;
  oseq: number | null;
  provider: string | null;
}

export interface ReceiptRequest {
  /** sha256 (hex) of the SDL text exactly as submitted */
  sdlHash: string | null;
  /** the deployment's manifest version hash (hex), as put on chain */
  manifestVersionHash: string | null;
  resources: JsonValue;
  maxPrice: Coin | null;
  deposit: Coin | null;
  fee: { amount: Coin[]; gas: string } | null;
  memo: string | null;
  messageTypeUrls: string[];
  /** the SDL with registry passwords and secret-looking env values removed */
  sdlRedacted: string | null;
}

export interface ReceiptResponse {
  txHash: string | null;
  height: number | null;
  code: number | null;
  codespace: string | null;
  rawLog: string | null;
  leasePrice: Coin | null;
  /** a short status for what is not a transaction (e.g. a manifest send's HTTP status) */
  status: string | null;
}

export interface Receipt {
  schemaVersion: typeof RECEIPT_SCHEMA_VERSION;
  /** unique per entry */
  id: string;
  /** shared by every entry of one signing attempt (begin, broadcast, completion) */
  attempt: string;
  timestamp: string;
  network: { id: string; name: string };
  chainId: string;
  action: ReceiptAction;
  wallet: { name: string; signer: string };
  target: ReceiptTarget;
  request: ReceiptRequest;
  response: ReceiptResponse;
  state: ReceiptState;
  reason: string | null;
  /** sha256 of the earlier entry of the same attempt that this entry moves forward */
  completes: string | null;
  /** set when the entry was merged in from another chain: its original prev and sha256 */
  imported: { prev: string | null; sha256: string } | null;
  prev: string | null;
  sha256: string;
}

export type UnsealedReceipt = Omit<Receipt, "prev" | "sha256">;

export const EMPTY_TARGET: ReceiptTarget = {
  owner: null,
  dseq: null,
  gseq: null,
  oseq: null,
  provider: null,
};

export const EMPTY_RESPONSE: ReceiptResponse = {
  txHash: null,
  height: null,
  code: null,
  codespace: null,
  rawLog: null,
  leasePrice: null,
  status: null,
};

// A hand-written shape check: verify runs it on every receipt of a 10,000-receipt chain, and it
// must not need eval (the console's CSP forbids it; zod's fast path would try).
type Check = (v: unknown) => string | null;

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);
const str: Check = (v) => (typeof v === "string" ? null : "must be a string");
const nullable =
  (check: Check): Check =>
  (v) =>
    v === null ? null : check(v);
const int: Check = (v) => (Number.isInteger(v) ? null : "must be an integer");
const hex64: Check = (v) =>
  typeof v === "string" && /^[0-9a-f]{64}$/.test(v) ? null : "must be 64 lowercase hex characters";
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === "string" && values.includes(v) ? null : `must be one of ${values.join(", ")}`;
const isoTime: Check = (v) =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))
    ? null
    : "must be an ISO 8601 time";
const anyJson: Check = () => null;
/** Prefixes a nested problem with where it is: "fee" + "amount[0].denom must…" → "fee.amount[0].denom must…". */
function at(where: string, problem: string): string {
  if (problem.startsWith("must")) return `${where} ${problem}`;
  return problem.startsWith("[") ? `${where}${problem}` : `${where}.${problem}`;
}
const arrayOf =
  (check: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return "must be a list";
    for (let i = 0; i < v.length; i++) {
      const p = check(v[i]);
      if (p) return at(`[${i}]`, p);
    }
    return null;
  };
const shape =
  (fields: Record<string, Check>): Check =>
  (v) => {
    if (!isObj(v)) return "must be an object";
    for (const key in fields) {
      const p = fields[key]!(v[key]);
      if (p) return at(key, p);
    }
    return null;
  };

const coin = shape({ denom: str, amount: str });

const receiptShape = shape({
  schemaVersion: (v) => (v === RECEIPT_SCHEMA_VERSION ? null : `must be ${RECEIPT_SCHEMA_VERSION}`),
  id: str,
  attempt: str,
  timestamp: isoTime,
  network: shape({ id: str, name: str }),
  chainId: str,
  action: oneOf(RECEIPT_ACTIONS),
  wallet: shape({ name: str, signer: str }),
  target: shape({
    owner: nullable(str),
    dseq: nullable(str),
    gseq: nullable(int),
    oseq: nullable(int),
    provider: nullable(str),
  }),
  request: shape({
    sdlHash: nullable(hex64),
    manifestVersionHash: nullable(str),
    resources: anyJson,
    maxPrice: nullable(coin),
    deposit: nullable(coin),
    fee: nullable(shape({ amount: arrayOf(coin), gas: str })),
    memo: nullable(str),
    messageTypeUrls: arrayOf(str),
    sdlRedacted: nullable(str),
  }),
  response: shape({
    txHash: nullable(str),
    height: nullable(int),
    code: nullable(int),
    codespace: nullable(str),
    rawLog: nullable(str),
    leasePrice: nullable(coin),
    status: nullable(str),
  }),
  state: oneOf(RECEIPT_STATES),
  reason: nullable(str),
  completes: nullable(hex64),
  imported: nullable(shape({ prev: nullable(hex64), sha256: hex64 })),
  prev: nullable(hex64),
  sha256: hex64,
});

/**
 * Describes the first shape problem of a value ("request.fee.gas must be a string"), or null when
 * it is a receipt. Hashes are always computed over the raw object, never a parsed copy.
 */
export function describeShapeProblem(value: unknown): string | null {
  return receiptShape(value);
}
