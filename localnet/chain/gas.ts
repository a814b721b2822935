// Deterministic gas accounting with the Cosmos SDK's KV gas schedule (store/types/gas.go) so that
// simulate and delivery of the same tx on the same state report the same gas, byte for byte.

import { SdkErr } from "./errors.ts";

export const KV_GAS = {
  readFlat: 1000,
  readPerByte: 3,
  writeFlat: 2000,
  writePerByte: 30,
  delete: 1000,
  iterNext: 30,
} as const;

export const ANTE_GAS = {
  txSizePerByte: 10,
  secp256k1Verify: 1000,
  // The SDK's fee deduction costs store gas that depends on whether a fee is present; simulate
  // sends an empty fee, so a flat charge keeps simulate equal to delivery.
  feeDeduction: 12_000,
  // A simulated signature is never present; the SDK charges a fixed-size stand-in for it.
  signatureBytes: 64,
} as const;

export class GasMeter {
  private used = 0;
  constructor(readonly limit: number) {}

  consume(amount: number, descriptor: string): void {
    this.used += amount;
    if (this.used > this.limit) {
      throw SdkErr.outOfGas(
        `out of gas in location: ${descriptor}; gasWanted: ${this.limit}, gasUsed: ${this.used}`,
      );
    }
  }

  get consumed(): number {
    return this.used;
  }
}

export const INFINITE_GAS = Number.MAX_SAFE_INTEGER;
