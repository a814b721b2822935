// What a message handler sees: the state, the block it runs in, and an event sink. Handlers are
// plain functions so that the same code runs for simulate, CheckTx-free delivery and tests.

import type { BmeConfig, MarketParams } from "../config.ts";
import type { ChainState } from "../state/chain-state.ts";

export interface EventAttribute {
  key: string;
  value: string;
}

export interface TxEvent {
  type: string;
  attributes: EventAttribute[];
}

export interface ExecContext {
  state: ChainState;
  height: bigint;
  time: Date;
  chainId: string;
  bme: BmeConfig;
  /** x/market params (governance values; the reclamation bounds can be set per network) */
  market: MarketParams;
  events: TxEvent[];
  /** index of the message being executed, attached to events as the SDK does (msg_index) */
  msgIndex: number | null;
}

export function emit(ctx: ExecContext, type: string, attrs: Record<string, string>): void {
  const attributes = Object.entries(attrs).map(([key, value]) => ({ key, value }));
  if (ctx.msgIndex !== null) attributes.push({ key: "msg_index", value: String(ctx.msgIndex) });
  ctx.events.push({ type, attributes });
}

interface TypedEventCodec<T> {
  $type: string;
  toJSON(m: T): unknown;
}

/**
 * Emits a typed (proto) event the way the SDK's EmitTypedEvent does: the event type is the proto
 * full name and each top-level field becomes an attribute whose value is that field's JSON.
 */
export function emitTyped<T>(ctx: ExecContext, codec: TypedEventCodec<T>, event: T): void {
  const json = codec.toJSON(event) as Record<string, unknown>;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(json)) attrs[k] = JSON.stringify(v);
  emit(ctx, codec.$type, attrs);
}
