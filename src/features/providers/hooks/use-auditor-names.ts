// Names auditors on the selected network (see utils/auditor-name.ts): its known auditors and the
// providers list already in the cache, so naming costs no request.
import { useCallback } from "react";
import { useNetwork } from "@/features/network";
import { auditorName, type AuditorName } from "../utils/auditor-name";
import { useProviders } from "./use-providers";

export function useAuditorNames(): (address: string) => AuditorName {
  const { network } = useNetwork();
  const { byAddress } = useProviders();
  const known = network.knownAuditors;
  return useCallback((address: string) => auditorName(address, known ?? [], byAddress), [known, byAddress]);
}
