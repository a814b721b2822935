// What a bid offers (MsgCreateBid.resources_offer): provider-services bids with
// ResourceOfferFromRU(reservation.GetAllocatedResources()), the group's resource units after its
// inventory adjusted them to what it will run. CPU, memory, storage and endpoints are as asked;
// a GPU unit's attributes become the one model allocated (vendor/<v>/model/<m>, plus the RAM and
// interface the requirement named), so a tenant sees the GPU it will get, not the list it asked for.
import type { ResourceOffer } from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import type { GpuInventory } from "./capacity.ts";
import { allocatedGpuAttribute } from "./gpuAttributes.ts";
import type { GroupSpec } from "./groupSpec.ts";
import { toProtoResources } from "./groupSpec.ts";
import type { Allocation } from "./inventory.ts";

export function resourcesOffer(
  spec: GroupSpec,
  allocation: Allocation,
  gpus: readonly GpuInventory[],
): ResourceOffer[] {
  return spec.resources.map((unit) => {
    const resources = toProtoResources(unit);
    const gpu = gpus[allocation.gpuByUnit[unit.id] ?? -1];
    if (unit.gpuUnits > 0 && gpu && resources.gpu) {
      const offered = allocatedGpuAttribute(unit.gpuAttributes, gpu);
      resources.gpu = { ...resources.gpu, attributes: offered ? [offered] : [] };
    }
    return { resources, count: unit.count, prices: undefined };
  });
}
