// The transaction vocabulary shared by the pipeline, the message descriptors and the review
// dialog. Values are plain objects the chain-sdk codecs accept through fromPartial, so building
// a message never loads the codecs; only signing does (lazily).

export interface Coin {
  denom: string;
  amount: string;
}

/** One line of the review dialog: what the message does, in a tenant's words. */
export interface MessageSummary {
  /** "Create deployment 123", "Deposit into deployment 123", … */
  title: string;
  /** plain sentences: what is created, deposited, accepted or closed */
  details: string[];
  /** coins leaving the wallet because of this message (not the fee) */
  spends: Coin[];
}

export interface TxMessage {
  typeUrl: string;
  value: unknown;
  summary: MessageSummary;
}

export interface Fee {
  amount: Coin[];
  gas: string;
  /** who pays, when not the signer: the granter of a fee allowance the signer holds (Fee.granter) */
  granter?: string;
}

export type TxPhase =
  | { kind: "simulating" }
  | { kind: "reviewing"; fee: Fee }
  | { kind: "waiting-for-wallet" }
  | { kind: "broadcasting" }
  | { kind: "waiting-for-inclusion"; txHash: string }
  | { kind: "included"; txHash: string; height: number }
  | { kind: "failed"; message: string };

export interface TxEvent {
  type: string;
  attributes: { key: string; value: string }[];
}

/**
 * rejected: the user declined (review or wallet); wallet: the wallet failed to sign; chain: the
 * chain refused or failed it; not-broadcast: signed, but no node took it; timeout: accepted, not
 * seen in a block in time; network: the network failed (with a hash: it may still land).
 */
export type TxFailureKind = "rejected" | "wallet" | "chain" | "not-broadcast" | "timeout" | "network";

export type TxResult =
  | { ok: true; txHash: string; height: number; events: TxEvent[] }
  | {
      ok: false;
      kind: TxFailureKind;
      code: number | null;
      codespace: string | null;
      rawLog: string | null;
      /** a sentence a tenant can act on */
      message: string;
      txHash: string | null;
      /** the block a transaction the chain failed (code ≠ 0) was included in */
      height?: number;
    };

export type TxFailure = Extract<TxResult, { ok: false }>;
