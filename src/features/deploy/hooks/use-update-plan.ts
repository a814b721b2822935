// What an update would sign, built off the typing path: the edited SDL is turned into groups, the
// manifest and its version hash only once the checker has passed that exact text, then compared
// with the deployed SDL for changes the chain will not apply in place.
import { skipToken, useQuery } from "@tanstack/react-query";
import { useNetwork } from "@/features/network";
import { deployKeys } from "../query-keys";
import { buildDeployment, type BuiltDeployment } from "../utils/build-deployment";
import { updateBlockers } from "../utils/sdl-diff";

export interface UpdatePlan {
  /** the edited text this plan was built from */
  text: string;
  errors: string[];
  blockers: string[];
  built: BuiltDeployment | null;
}

/** `edited` is null while there is nothing to build (no change, unchecked, or with errors). */
export function useUpdatePlan(deployed: string, edited: string | null) {
  const { network } = useNetwork();
  return useQuery({
    queryKey: deployKeys.updatePlan(network.id, network.kind, deployed, edited),
    queryFn:
      edited === null || edited === deployed
        ? skipToken
        : async (): Promise<UpdatePlan> => {
            const [before, after] = await Promise.all([
              buildDeployment(deployed, network.kind),
              buildDeployment(edited, network.kind),
            ]);
            if (!after.ok) return { text: edited, errors: after.errors, blockers: [], built: null };
            const blockers = before.ok ? updateBlockers(before.value.groupSpecs, after.value.groupSpecs) : [];
            // MsgUpdateDeployment carries only the hash: the chain keeps the window it was created with.
            if (before.ok && before.value.reclamationSec !== after.value.reclamationSec)
              blockers.push(
                "The reclamation window cannot change in an update: the chain keeps the one this deployment was created with. Close it and deploy the new SDL to change it.",
              );
            return { text: edited, errors: [], blockers, built: after.value };
          },
    staleTime: Infinity,
  });
}
