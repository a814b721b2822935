// A price in any denom but the network's deployment denom (uact) is rejected by the chain since
// node v2.0: AKT (uakt) and the old IBC USDC denoms included. One click rewrites the denom.
import { entriesOf } from "../../utils/sdl-read";
import type { Diagnostic } from "../types";
import type { LintRule } from "./rule";

export const deploymentDenomRule: LintRule = ({ sdl, locate, network }) => {
  const out: Diagnostic[] = [];
  const placements = entriesOf((sdl as { profiles?: { placement?: unknown } } | null)?.profiles?.placement);
  for (const [placement, body] of placements) {
    for (const [profile, price] of entriesOf((body as { pricing?: unknown } | null)?.pricing)) {
      const denom = (price as { denom?: unknown } | null)?.denom;
      if (typeof denom !== "string" || denom === network.deploymentDenom) continue;
      const path = ["profiles", "placement", placement, "pricing", profile, "denom"];
      const range = locate(path, "value");
      const what = denom === "uakt" ? "AKT (uakt)" : denom.startsWith("ibc/") ? "an IBC denom" : `"${denom}"`;
      out.push({
        severity: "error",
        source: "deployment-denom",
        path,
        message: `Deployments on ${network.name} are priced in ACT (${network.deploymentDenom}); the chain rejects a price in ${what}.`,
        hint: "Switch the denom to uact (1 ACT ≈ 1 USD) and check the amount.",
        range,
        fix: {
          title: `Price in ACT (${network.deploymentDenom})`,
          edits: [{ range, text: network.deploymentDenom }],
        },
      });
    }
  }
  return out;
};
