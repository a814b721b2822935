// akash.escrow.v1.DepositAuthorization as node v2.1 stores it (pkg.akt.dev/go v0.2.10), which
// chain-sdk 1.0.0-alpha.25 predates: its codec lacks `spend_limits`. Own codec, same wire:
//   spend_limit  = 1  cosmos.base.v1beta1.Coin  (deprecated; gogoproto nullable=false: always written)
//   scopes       = 2  repeated Scope enum (packed)
//   spend_limits = 3  repeated Coin (sorted by denom, positive amounts)
// The gateway prints it with proto names, enums by name and the zero spend_limit as
// {"denom":"","amount":"0"} (math.Int prints a nil value as "0").

import {
  concat,
  lastField,
  lenField,
  readFields,
  stringField,
  WIRE_LEN,
  WIRE_VARINT,
  encodeVarint,
} from "./wire.ts";

export const DEPOSIT_AUTHORIZATION_URL = "/akash.escrow.v1.DepositAuthorization";

export interface CoinValue {
  denom: string;
  amount: bigint;
}

export interface DepositAuth {
  /** the deprecated single limit; null when not on the wire */
  spendLimit: CoinValue | null;
  scopes: number[];
  spendLimits: CoinValue[];
}

export const SCOPE_NAMES = ["invalid", "deployment", "bid"] as const;

const utf8 = new TextDecoder("utf-8", { fatal: true });

function encodeCoin(c: CoinValue): Uint8Array {
  // gogoproto writes the customtype Int even at zero; an empty denom is left out.
  return concat(stringField(1, c.denom), stringField(2, c.amount.toString()));
}

function decodeCoin(bytes: Uint8Array): CoinValue {
  const f = readFields(bytes);
  const denom = lastField(f, 1);
  const amount = lastField(f, 2);
  const text = amount ? utf8.decode(amount.bytes) : "";
  if (text !== "" && !/^-?\d+$/.test(text)) throw new Error(`invalid coin amount ${JSON.stringify(text)}`);
  return { denom: denom ? utf8.decode(denom.bytes) : "", amount: BigInt(text || "0") };
}

function scopesOf(bytes: Uint8Array): number[] {
  const out: number[] = [];
  for (const f of readFields(bytes)) {
    if (f.no !== 2) continue;
    if (f.wire === WIRE_VARINT) out.push(Number(f.num));
    else for (const inner of readPacked(f.bytes)) out.push(inner);
  }
  return out;
}

function readPacked(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[i++];
      if (b === undefined) throw new Error("truncated packed varint");
      v += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) break;
    }
    out.push(v);
  }
  return out;
}

export const DepositAuthorization = {
  decode(bytes: Uint8Array): DepositAuth {
    const fields = readFields(bytes);
    for (const f of fields)
      if ((f.no === 1 || f.no === 3) && f.wire !== WIRE_LEN)
        throw new Error(`field ${f.no}: expected a message`);
    const limit = lastField(fields, 1);
    return {
      spendLimit: limit ? decodeCoin(limit.bytes) : null,
      scopes: scopesOf(bytes),
      spendLimits: fields.filter((f) => f.no === 3).map((f) => decodeCoin(f.bytes)),
    };
  },

  encode(a: DepositAuth): Uint8Array {
    const scopes = a.scopes.length
      ? lenField(2, concat(...a.scopes.map((s) => encodeVarint(BigInt(s)))))
      : new Uint8Array();
    return concat(
      lenField(1, encodeCoin(a.spendLimit ?? { denom: "", amount: 0n })),
      scopes,
      ...a.spendLimits.map((c) => lenField(3, encodeCoin(c))),
    );
  },

  toJSON(a: DepositAuth) {
    const coin = (c: CoinValue) => ({ denom: c.denom, amount: c.amount.toString() });
    return {
      spend_limit: coin(a.spendLimit ?? { denom: "", amount: 0n }),
      scopes: a.scopes.map((s) => SCOPE_NAMES[s] ?? String(s)),
      spend_limits: a.spendLimits.map(coin),
    };
  },
};
