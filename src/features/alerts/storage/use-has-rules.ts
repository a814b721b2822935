import { usePersisted } from "@/lib/persisted-store";
import { alertRules } from "./alerts-store";

/** Whether the account has an enabled rule on this network (so the runner needs loading). */
export function useHasAlertRules(networkId: string, owner: string | null): boolean {
  return usePersisted(alertRules).some((r) => r.enabled && r.networkId === networkId && r.owner === owner);
}
