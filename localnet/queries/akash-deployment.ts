// Query services of deployment v1beta4 and market v1beta5 (deployments, groups, orders, bids,
// leases, params), with the filters and pagination of the node's keeper queriers.

import {
  QueryDeploymentsRequest,
  QueryDeploymentsResponse,
  QueryDeploymentRequest,
  QueryDeploymentResponse,
  QueryGroupRequest,
  QueryGroupResponse,
  QueryParamsRequest as DParamsReq,
  QueryParamsResponse as DParamsRes,
  type Group,
} from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import { Deployment_State, Scope, type Deployment } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import type { Chain } from "../chain/app.ts";
import { DEPLOYMENT_PARAMS } from "../config.ts";
import { keys } from "../state/chain-state.ts";
import { deploymentXid } from "../modules/deployment.ts";
import { paginate } from "./pagination.ts";
import { def, invalidArg, notFound } from "./types.ts";

const DEPLOYMENT_STATES: Record<string, Deployment_State> = {
  active: Deployment_State.active,
  closed: Deployment_State.closed,
};

export function deploymentInfo(chain: Chain, d: Deployment): QueryDeploymentResponse {
  const id = d.id as NonNullable<Deployment["id"]>;
  const groups: Group[] = chain.state.groups.list(`${keys.deployment(id)}/`).map((e) => e.value);
  const escrowAccount = chain.state.escrowAccounts.get(
    keys.escrowAccount(Scope.deployment, deploymentXid(id)),
  );
  return { deployment: d, groups, escrowAccount };
}

export const deploymentQueries = [
  def({
    path: "/akash.deployment.v1beta4.Query/Deployments",
    rest: ["/akash/deployment/v1beta4/deployments/list"],
    req: QueryDeploymentsRequest,
    res: QueryDeploymentsResponse,
    run(chain, req) {
      const f = req.filters;
      let state: Deployment_State | undefined;
      if (f?.state) {
        state = DEPLOYMENT_STATES[f.state];
        if (state === undefined) throw invalidArg(`invalid deployment state ${f.state}`);
      }
      const prefix = f?.owner ? `${f.owner}/` : "";
      const items = chain.state.deployments
        .list(prefix)
        .filter(
          (e) =>
            (state === undefined || e.value.state === state) &&
            (!f || f.dseq.isZero() || e.value.id?.dseq.equals(f.dseq)),
        );
      const { page, pagination } = paginate(items, req.pagination);
      return { deployments: page.map((d) => deploymentInfo(chain, d)), pagination };
    },
  }),
  def({
    path: "/akash.deployment.v1beta4.Query/Deployment",
    rest: ["/akash/deployment/v1beta4/deployments/info"],
    req: QueryDeploymentRequest,
    res: QueryDeploymentResponse,
    run(chain, req) {
      if (!req.id?.owner) throw invalidArg("empty request");
      const d = chain.state.deployments.get(keys.deployment(req.id));
      if (!d) throw notFound("deployment not found");
      return deploymentInfo(chain, d);
    },
  }),
  def({
    path: "/akash.deployment.v1beta4.Query/Group",
    rest: ["/akash/deployment/v1beta4/groups/info"],
    req: QueryGroupRequest,
    res: QueryGroupResponse,
    run(chain, req) {
      if (!req.id?.owner) throw invalidArg("empty request");
      const g = chain.state.groups.get(keys.group(req.id));
      if (!g) throw notFound("group not found");
      return { group: g };
    },
  }),
  def({
    path: "/akash.deployment.v1beta4.Query/Params",
    rest: ["/akash/deployment/v1beta4/params"],
    req: DParamsReq,
    res: DParamsRes,
    run: () => ({ params: { minDeposits: DEPLOYMENT_PARAMS.minDeposits } }),
  }),
];
