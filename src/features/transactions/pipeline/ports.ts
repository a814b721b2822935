// The ports the signing pipeline runs on. Production wires them to cosmjs, the wallet, the RPC
// endpoint pool, the review dialog and the receipts store; tests wire them to in-memory fakes
// of the chain's and wallet's behaviour, never to the pipeline itself.
import type { SignedBytes } from "@/features/receipts";
import type { Fee, TxEvent, TxMessage, TxPhase, TxResult } from "../types";

export interface BroadcastAnswer {
  /** CheckTx code: 0 means accepted into the mempool */
  code: number;
  codespace: string;
  log: string;
}

export interface IncludedTx {
  height: number;
  code: number;
  codespace: string;
  rawLog: string;
  events: TxEvent[];
}

export type ReviewDecision =
  | {
      approved: true;
      reason: string | null;
      /** pay the fee from this granter's fee allowance (Fee.granter) instead of the signer's balance */
      feeGranter?: string | null;
    }
  | { approved: false };

export interface ReceiptAttempt {
  messages: TxMessage[];
  fee: Fee;
  memo: string;
  reason: string | null;
}

export interface ReceiptPort {
  /** written before the wallet is asked; returns the attempt id */
  begin(attempt: ReceiptAttempt): Promise<string>;
  /** signed, about to broadcast: a reload can then settle the attempt by hash */
  markBroadcast(attemptId: string, txHash: string, signed: SignedBytes | null): Promise<void>;
  complete(attemptId: string, result: TxResult): Promise<void>;
}

export interface SignedTx {
  /** TxRaw bytes, as broadcast */
  bytes: Uint8Array;
  /** the hash of the bytes the wallet signed, when the sign mode is one the console knows */
  signed: SignedBytes | null;
}

export interface TxPorts {
  /** gas used by a simulation of these messages */
  simulate(messages: TxMessage[], memo: string): Promise<number>;
  review(request: { messages: TxMessage[]; fee: Fee; memo: string }): Promise<ReviewDecision>;
  /**
   * asks the wallet; reads the account's sequence from the chain unless one is given. Throws
   * PrepareSignError when the chain cannot be read (the wallet was then never asked).
   */
  sign(messages: TxMessage[], fee: Fee, memo: string, sequence?: number): Promise<SignedTx>;
  /**
   * broadcast_tx_sync. Throws NotBroadcastError when no node took it; any other throw means the
   * answer was lost and the transaction may or may not have been accepted.
   */
  broadcast(txBytes: Uint8Array): Promise<BroadcastAnswer>;
  /** the transaction by hash, or null while it is not included */
  findTx(hash: string): Promise<IncludedTx | null>;
  /** resolves at the next block (websocket) or after a polling interval, whichever comes first */
  nextBlock(): Promise<void>;
  now(): number;
  receipts: ReceiptPort;
  onPhase?(phase: TxPhase): void;
}
