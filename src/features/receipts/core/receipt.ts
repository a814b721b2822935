// The receipt model: one immutable, hash-linked entry per step of a signing attempt or manifest
// send. This file owns the shape; canonical.ts owns how it is hashed, verify.ts what makes a
// chain valid. No browser-only imports here: the Node verifier script imports this folder.

// Version 2 (2026-12) added `signed` (the SHA-256 of the exact bytes the wallet signed),
// `request.messages` (what each message says), the "not-broadcast" state, and changed `sdlHash` to
// the hash of the redacted copy. Version 1 receipts still verify; see docs/security.md for what
// they cannot prove.
export const RECEIPT_SCHEMA_VERSION = 2;
export const RECEIPT_SCHEMA_VERSIONS = [1, 2] as const;
export type ReceiptSchemaVersion = (typeof RECEIPT_SCHEMA_VERSIONS)[number];

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

/**
 * pending: written before the wallet was asked, or signed and broadcast but not yet seen in a block;
 * not-broadcast: signed, but no node accepted it (it can never be included as it stands).
 */
export const RECEIPT_STATES = ["pending", "success", "failed", "rejected", "not-broadcast"] as const;
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

/** What one message of a transaction says, in the terms the chain check compares. */
export interface MessageFacts {
  typeUrl: string;
  owner: string | null;
  dseq: string | null;
  gseq: number | null;
  oseq: number | null;
  provider: string | null;
  /** coins the message moves (deposit, burn, send), in message order */
  amounts: Coin[];
  /** the deployment's version hash (hex) for create and update */
  hash: string | null;
}

/** The bytes the wallet signed: its sign doc (SignDoc for direct, StdSignDoc JSON for amino). */
export interface SignedBytes {
  mode: "direct" | "amino-json";
  /** SHA-256 (hex) of the sign doc bytes exactly as the wallet signed them */
  signDocSha256: string;
  accountNumber: string;
  sequence: string;
}

export interface ReceiptRequest {
  /**
   * v2: SHA-256 (hex) of `sdlRedacted`, so it reveals nothing the copy does not. v1: SHA-256 of
   * the SDL as submitted (its redacted values can be guessed offline against it).
   */
  sdlHash: string | null;
  /** the deployment's manifest version hash (hex), as put on chain */
  manifestVersionHash: string | null;
  resources: JsonValue;
  maxPrice: Coin | null;
  deposit: Coin | null;
  fee: { amount: Coin[]; gas: string } | null;
  memo: string | null;
  messageTypeUrls: string[];
  /** the SDL without comments, env values, passwords or credentials (see redact.ts) */
  sdlRedacted: string | null;
  /** v2: each message's facts, in order */
  messages?: MessageFacts[];
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
  schemaVersion: ReceiptSchemaVersion;
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
  /** v2: set once the wallet has signed (null before) */
  signed?: SignedBytes | null;
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
const is =
  (value: number): Check =>
  (v) =>
    v === value ? null : `must be ${value}`;

const REQUEST_FIELDS: Record<string, Check> = {
  sdlHash: nullable(hex64),
  manifestVersionHash: nullable(str),
  resources: anyJson,
  maxPrice: nullable(coin),
  deposit: nullable(coin),
  fee: nullable(shape({ amount: arrayOf(coin), gas: str })),
  memo: nullable(str),
  messageTypeUrls: arrayOf(str),
  sdlRedacted: nullable(str),
};

const COMMON_FIELDS: Record<string, Check> = {
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
  response: shape({
    txHash: nullable(str),
    height: nullable(int),
    code: nullable(int),
    codespace: nullable(str),
    rawLog: nullable(str),
    leasePrice: nullable(coin),
    status: nullable(str),
  }),
  reason: nullable(str),
  completes: nullable(hex64),
  imported: nullable(shape({ prev: nullable(hex64), sha256: hex64 })),
  prev: nullable(hex64),
  sha256: hex64,
};

const messageFacts = shape({
  typeUrl: str,
  owner: nullable(str),
  dseq: nullable(str),
  gseq: nullable(int),
  oseq: nullable(int),
  provider: nullable(str),
  amounts: arrayOf(coin),
  hash: nullable(str),
});

const v1Shape = shape({
  schemaVersion: is(1),
  ...COMMON_FIELDS,
  request: shape(REQUEST_FIELDS),
  state: oneOf(RECEIPT_STATES.filter((s) => s !== "not-broadcast")),
});

const v2Shape = shape({
  schemaVersion: is(2),
  ...COMMON_FIELDS,
  request: shape({ ...REQUEST_FIELDS, messages: arrayOf(messageFacts) }),
  state: oneOf(RECEIPT_STATES),
  signed: nullable(
    shape({ mode: oneOf(["direct", "amino-json"]), signDocSha256: hex64, accountNumber: str, sequence: str }),
  ),
});

/**
 * Describes the first shape problem of a value ("request.fee.gas must be a string"), or null when
 * it is a receipt. Hashes are always computed over the raw object, never a parsed copy.
 */
export function describeShapeProblem(value: unknown): string | null {
  if (!isObj(value)) return "must be an object";
  if (value.schemaVersion === 1) return v1Shape(value);
  if (value.schemaVersion === 2) return v2Shape(value);
  return `schemaVersion must be one of ${RECEIPT_SCHEMA_VERSIONS.join(", ")}`;
}
