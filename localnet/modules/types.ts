// The shape every message handler has: its type URL, its codec (from chain-sdk or cosmjs-types,
// so LegacyDec and ASCII-Int fields decode as the node does), who must sign, and what it does.

import type { ExecContext } from "../chain/context.ts";

export interface MsgCodec<T> {
  decode(input: Uint8Array): T;
  encode(message: T): { finish(): Uint8Array };
}

export interface MsgHandler<T> {
  typeUrl: string;
  codec: MsgCodec<T>;
  signers(msg: T): string[];
  /** Throws a ChainError to fail the tx; returns the encoded Msg…Response if it carries fields. */
  handle(ctx: ExecContext, msg: T): Uint8Array | void;
}

// Handlers are stored type-erased in the router; each one decodes its own bytes.
export type AnyMsgHandler = MsgHandler<never> & {
  codec: MsgCodec<unknown>;
  signers(msg: unknown): string[];
  handle(ctx: ExecContext, msg: unknown): Uint8Array | void;
};

export function erase<T>(h: MsgHandler<T>): AnyMsgHandler {
  return h as unknown as AnyMsgHandler;
}
