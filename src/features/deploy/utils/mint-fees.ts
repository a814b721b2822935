// Fees the mint offer plans for before anything is simulated: the review dialog shows the real
// (simulated) fee; these only size the "about" figure and what the burn leaves in the wallet.
import { feeFor } from "@/features/transactions";

// A node charges ~50–100k gas for MsgMintACT and ~200–350k for a one-group MsgCreateDeployment.
export const MINT_GAS_ESTIMATE = 100_000;
export const CREATE_GAS_ESTIMATE = 400_000;

function feeUakt(gas: number, gasPrice: number): bigint {
  return BigInt(feeFor(gas, gasPrice).amount[0]?.amount ?? "0");
}

export function mintFeeUakt(gasPrice: number): bigint {
  return feeUakt(MINT_GAS_ESTIMATE, gasPrice);
}

/** AKT to keep for the mint's fee and the create-deployment fee that follows it. */
export function feeReserveUakt(gasPrice: number): bigint {
  return mintFeeUakt(gasPrice) + feeUakt(CREATE_GAS_ESTIMATE, gasPrice);
}
