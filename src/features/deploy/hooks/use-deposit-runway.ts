// The deploy dialog's deposit: by default what covers the tenant's runway (Settings, 24 h unless
// changed) at the SDL's maximum price, per block × blocks per hour at the network's measured block
// time; the tenant may type another amount or another runway. Returns the live runway of whatever
// amount is in the field.
import { useState } from "react";
import { depositForRunway, runwaySeconds, useDeploymentPrefs } from "@/features/deployments";
import { useBlockTime } from "@/features/network";
import { parseAmount } from "@/features/transactions";
import { MIN_DEPOSIT_UACT, microToText, SHORT_RUNWAY_SEC } from "../utils/deposit";

const MIN = Number(MIN_DEPOSIT_UACT);
/** Rounded up to a cent of ACT: an amount a person reads at a glance, never a shorter runway. */
const toCent = (micro: number) => Math.ceil(micro / 10_000) * 10_000;

/** `carried`: an amount to start from instead of the runway's (a redeploy carries its escrow over). */
export function useDepositRunway(maxPerBlock: number, carried?: string) {
  const { prefs } = useDeploymentPrefs();
  const blockTime = useBlockTime();
  const [hoursText, setHoursText] = useState(String(prefs.runwayHours));
  // null follows the runway; a typed amount stays until the runway is changed again.
  const [typed, setTyped] = useState<string | null>(carried ?? null);
  const hours = Number(hoursText);
  const validHours = Number.isFinite(hours) && hours > 0 ? hours : prefs.runwayHours;
  const defaultMicro = toCent(depositForRunway(maxPerBlock, validHours, blockTime.seconds, MIN));
  const text = typed ?? microToText(defaultMicro);
  const micro = Number(parseAmount(text) ?? "0");
  const runwaySec = runwaySeconds(micro, maxPerBlock, blockTime.seconds);
  return {
    text,
    setText: setTyped,
    hoursText,
    setHours: (h: string) => {
      setHoursText(h);
      setTyped(null);
    },
    runwaySec,
    short: runwaySec < SHORT_RUNWAY_SEC,
    /** what an hour costs at the maximum price: the least that avoids the warning */
    hourMicro: toCent(depositForRunway(maxPerBlock, 1, blockTime.seconds, MIN)),
    blockTime,
  };
}
