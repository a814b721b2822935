import type { TxDecoder } from "@/features/receipts";

/** The receipts' chain check decodes with the signing codecs, loaded on the first check only. */
export const decodeTxLazily: TxDecoder = async (txBytes, ctx) =>
  (await import("./decode-tx")).decodeTx(txBytes, ctx);
