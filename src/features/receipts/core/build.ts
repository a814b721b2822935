// Builds receipt bodies from what the signing pipeline knows. Every string is scrubbed of tokens
// and the raw SDL is reduced to its hash and a redacted copy before anything is hashed or stored.
import { sha256Hex } from "./canonical";
import { redactSdl, scrubDeep } from "./redact";
import {
  EMPTY_RESPONSE,
  EMPTY_TARGET,
  RECEIPT_SCHEMA_VERSION,
  type Coin,
  type FinalState,
  type JsonValue,
  type Receipt,
  type ReceiptAction,
  type ReceiptRequest,
  type ReceiptResponse,
  type ReceiptTarget,
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
    sdlHash: sdl === undefined ? null : await sha256Hex(sdl),
    manifestVersionHash: input.manifestVersionHash ?? null,
    resources: input.resources ?? null,
    maxPrice: input.maxPrice ?? null,
    deposit: input.deposit ?? null,
    fee: input.fee ?? null,
    memo: input.memo ?? null,
    messageTypeUrls: input.messageTypeUrls ?? [],
    sdlRedacted: sdl === undefined ? null : await redactSdl(sdl),
  };
}

export function normaliseReason(reason: string | null | undefined): string | null {
  const text = reason?.trim() ?? "";
  return text ? text.slice(0, MAX_REASON_LENGTH) : null;
}

export async function buildBeginBody(input: BeginReceipt, meta: EntryMeta): Promise<UnsealedReceipt> {
  return scrubDeep<UnsealedReceipt>({
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
    reason: normaliseReason(input.reason),
    completes: null,
    imported: null,
  });
}

/** The next entry of the same attempt: same request, an updated response and state. */
export function buildNextBody(
  from: Receipt,
  state: Receipt["state"],
  response: Partial<ReceiptResponse>,
  meta: EntryMeta,
): UnsealedReceipt {
  const defined = Object.fromEntries(Object.entries(response).filter(([, v]) => v !== undefined));
  const { prev: _prev, sha256: _sha256, ...body } = from;
  return scrubDeep<UnsealedReceipt>({
    ...body,
    id: meta.id,
    timestamp: meta.timestamp,
    response: { ...from.response, ...defined },
    state,
    completes: from.imported ? from.imported.sha256 : from.sha256,
    imported: null,
  });
}

export function outcomeResponse(outcome: ReceiptOutcome): Partial<ReceiptResponse> {
  const { state: _state, ...response } = outcome;
  return response;
}
