// Builds receipt bodies from what the signing pipeline knows. Every string is scrubbed of secrets
// (redact.ts) and the raw SDL is reduced to a redacted copy and the hash of that copy before
// anything is hashed or stored: no hash of a secret is ever kept.
import { sha256Hex } from "./canonical";
import { redactSdl, scrubDeep } from "./redact";
import {
  EMPTY_RESPONSE,
  EMPTY_TARGET,
  RECEIPT_SCHEMA_VERSION,
  type Coin,
  type FinalState,
  type JsonValue,
  type MessageFacts,
  type Receipt,
  type ReceiptAction,
  type ReceiptRequest,
  type ReceiptResponse,
  type ReceiptTarget,
  type SignedBytes,
  type UnsealedReceipt,
} from "./receipt";

export const MAX_REASON_LENGTH = 280;

export interface BeginReceipt {
  action: ReceiptAction;
  network: { id: string; name: string };
  chainId: string;
  walletName: string;
  signer: string;
  target?: Partial<ReceiptTarget>;
  request?: {
    /** the SDL text as submitted: only its hash and a redacted copy are kept */
    sdl?: string;
    manifestVersionHash?: string | null;
    resources?: JsonValue;
    maxPrice?: Coin | null;
    deposit?: Coin | null;
    fee?: { amount: Coin[]; gas: string } | null;
    memo?: string | null;
    messageTypeUrls?: string[];
    /** what each message says (message-facts.ts) */
    messages?: MessageFacts[];
  };
  reason?: string | null;
}

export interface ReceiptOutcome {
  state: FinalState;
  txHash?: string | null;
  height?: number | null;
  code?: number | null;
  codespace?: string | null;
  rawLog?: string | null;
  leasePrice?: Coin | null;
  status?: string | null;
}

export interface EntryMeta {
  id: string;
  timestamp: string;
}

async function buildRequest(input: BeginReceipt["request"] = {}): Promise<ReceiptRequest> {
  const sdl = input.sdl;
  return {
    // set from the final redacted copy in buildBeginBody
    sdlHash: null,
    manifestVersionHash: input.manifestVersionHash ?? null,
    resources: input.resources ?? null,
    maxPrice: input.maxPrice ?? null,
    deposit: input.deposit ?? null,
    fee: input.fee ?? null,
    memo: input.memo ?? null,
    messageTypeUrls: input.messageTypeUrls ?? [],
    sdlRedacted: sdl === undefined ? null : await redactSdl(sdl),
    messages: input.messages ?? [],
  };
}

export function normaliseReason(reason: string | null | undefined): string | null {
  const text = reason?.trim() ?? "";
  return text ? text.slice(0, MAX_REASON_LENGTH) : null;
}

export async function buildBeginBody(input: BeginReceipt, meta: EntryMeta): Promise<UnsealedReceipt> {
  const body = scrubDeep<UnsealedReceipt>({
    schemaVersion: RECEIPT_SCHEMA_VERSION,
    id: meta.id,
    attempt: meta.id,
    timestamp: meta.timestamp,
    network: { id: input.network.id, name: input.network.name },
    chainId: input.chainId,
    action: input.action,
    wallet: { name: input.walletName, signer: input.signer },
    target: { ...EMPTY_TARGET, ...input.target },
    request: await buildRequest(input.request),
    response: { ...EMPTY_RESPONSE },
    state: "pending",
    signed: null,
    reason: normaliseReason(input.reason),
    completes: null,
    imported: null,
  });
  const copy = body.request.sdlRedacted;
  return { ...body, request: { ...body.request, sdlHash: copy === null ? null : await sha256Hex(copy) } };
}

/** The next entry of the same attempt: same request, an updated response and state. */
export function buildNextBody(
  from: Receipt,
  state: Receipt["state"],
  response: Partial<ReceiptResponse>,
  meta: EntryMeta,
  signed?: SignedBytes,
): UnsealedReceipt {
  const defined = Object.fromEntries(Object.entries(response).filter(([, v]) => v !== undefined));
  const { prev: _prev, sha256: _sha256, ...body } = from;
  // An attempt begun before version 2 keeps its format: version 1 knows no "not-broadcast" state
  // and no signed bytes, so that outcome is written as a failure that says so.
  const v1 = from.schemaVersion === 1;
  const v1State = v1 && state === "not-broadcast";
  return scrubDeep<UnsealedReceipt>({
    ...body,
    id: meta.id,
    timestamp: meta.timestamp,
    response: { ...from.response, ...defined, ...(v1State ? { status: "not broadcast" } : {}) },
    state: v1State ? "failed" : state,
    ...(signed && !v1 ? { signed } : {}),
    completes: from.imported ? from.imported.sha256 : from.sha256,
    imported: null,
  });
}

export function outcomeResponse(outcome: ReceiptOutcome): Partial<ReceiptResponse> {
  const { state: _state, ...response } = outcome;
  return response;
}
