// ADR-036 "sign arbitrary data": the amino sign doc Keplr, Leap and Cosmostation sign for
// signArbitrary, so signatures from the local key verify exactly like a real wallet's.
import type { StdSignDoc } from "@cosmjs/amino";
import { toBase64, toUtf8 } from "@cosmjs/encoding";

export function makeAdr36SignDoc(signer: string, data: string | Uint8Array): StdSignDoc {
  const bytes = typeof data === "string" ? toUtf8(data) : data;
  return {
    chain_id: "",
    account_number: "0",
    sequence: "0",
    fee: { gas: "0", amount: [] },
    msgs: [{ type: "sign/MsgSignData", value: { signer, data: toBase64(bytes) } }],
    memo: "",
  };
}
