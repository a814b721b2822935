// Fee = simulated gas × 1.3 (the margin chain-sdk and Console use) × the network's gas price,
// paid in uakt. Rounded up: a fee one uakt short is rejected as "insufficient fee".
import type { Fee } from "../types";

export const GAS_ADJUSTMENT = 1.3;

/** `reserve` is gas added after the margin, for work the simulation could not see (accept-bid-gas.ts). */
export function feeFor(gasUsed: number, gasPrice: number, denom = "uakt", reserve = 0): Fee {
  const gas = Math.max(1, Math.ceil(gasUsed * GAS_ADJUSTMENT) + Math.max(0, Math.ceil(reserve)));
  return { gas: String(gas), amount: [{ denom, amount: String(Math.ceil(gas * gasPrice)) }] };
}
