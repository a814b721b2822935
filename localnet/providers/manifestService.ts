// The provider's manifest manager: a manifest PUT is accepted only for a deployment this provider
// holds an active lease on, only when sha256 of the exact body is the deployment's on-chain hash,
// and only when it carries the leased group. Then the lease's workloads are deployed, or, when they
// run already, updated in place as the provider's kube client does: the same services (a rename,
// addition or removal is refused), URIs and ports kept, changed services rolled out. Error texts
// and statuses are the provider's (manifest/manager.go, ManifestSubmitErrorToHTTP).
import { createHash } from "node:crypto";
import type { RestClient } from "./chain/rest.ts";
import { queries } from "./chain/rest.ts";
import type { ProviderFault } from "./contract.ts";
import { type ManifestAnswer, leaseKey } from "./gateway/context.ts";
import type { Logger } from "./logger.ts";
import { LeaseWorkload } from "./workloads/leaseWorkload.ts";
import { parseManifest } from "./workloads/manifest.ts";
import { z } from "zod";

export interface ManifestServiceDeps {
  address: string;
  rest: RestClient;
  log: Logger;
  fault: () => ProviderFault | null;
  /** the GPU model the lease's reservation holds ("" without GPUs): what its workload runs on */
  gpuModelOf: (leaseKey: string) => string;
  workloads: Map<string, LeaseWorkload>;
  manifests: Map<string, string>;
}

const NO_LEASE: ManifestAnswer = { status: 404, message: "no lease for deployment" };
const groupName = z.object({ name: z.string() });

export function createManifestService(d: ManifestServiceDeps) {
  return async function submit(owner: string, dseq: string, body: string): Promise<ManifestAnswer> {
    const parsed = parseManifest(body);
    if (!parsed.ok) return { status: 422, message: parsed.error };
    const leases = await queries.providerLeases(
      d.rest,
      d.address,
      "active",
      `&filters.owner=${owner}&filters.dseq=${dseq}`,
    );
    if (leases.length === 0) return NO_LEASE;
    const info = await queries.deployment(d.rest, owner, dseq);
    if (!info || info.deployment.state !== "active") return NO_LEASE;
    const hash = createHash("sha256").update(body, "utf8").digest("base64");
    if (hash !== info.deployment.hash) {
      d.log.info("manifest hash mismatch", { owner, dseq });
      return { status: 422, message: "manifest version validation failed" };
    }
    const fault = d.fault();
    if (fault?.kind === "reject-manifests") {
      // What a provider whose cluster refuses the workload answers (errManifestRejected → 422).
      return {
        status: 422,
        message: "manifest rejected: cluster unable to deploy the workload: insufficient capacity",
      };
    }
    const plan: { key: string; gseq: number; oseq: number; group: (typeof parsed.groups)[number] }[] = [];
    for (const { lease } of leases) {
      const g = info.groups.find((x) => x.id.gseq === lease.id.gseq);
      const name = g ? groupName.safeParse(g.group_spec) : null;
      const group = name?.success ? parsed.groups.find((m) => m.name === name.data.name) : undefined;
      if (!group)
        return {
          status: 422,
          message: `invalid manifest: group for lease ${dseq}/${lease.id.gseq}/${lease.id.oseq} not found`,
        };
      plan.push({
        key: leaseKey(owner, dseq, lease.id.gseq, lease.id.oseq),
        gseq: lease.id.gseq,
        oseq: lease.id.oseq,
        group,
      });
    }
    for (const p of plan) {
      const running = d.workloads.get(p.key);
      if (running && !running.isStopped()) {
        const names = (g: { services: { name: string }[] }) =>
          g.services
            .map((s) => s.name)
            .sort()
            .join(",");
        if (names(running.manifestGroup) !== names(p.group))
          return {
            status: 422,
            message:
              "manifest does not match service names with existing version: manifest rename not allowed",
          };
        await running.update(p.group);
        d.manifests.set(p.key, JSON.stringify([p.group]));
        d.log.info("manifest updated", { lease: p.key });
        continue;
      }
      const workload = new LeaseWorkload(
        {
          owner,
          dseq,
          gseq: p.gseq,
          oseq: p.oseq,
          provider: d.address,
          gpuModel: d.gpuModelOf(p.key),
        },
        p.group,
        { quiet: () => d.fault()?.kind === "idle-drop" },
      );
      d.workloads.set(p.key, workload);
      d.manifests.set(p.key, JSON.stringify([p.group]));
      await workload.start();
      d.log.info("manifest accepted", { lease: p.key });
    }
    return { status: 200 };
  };
}
