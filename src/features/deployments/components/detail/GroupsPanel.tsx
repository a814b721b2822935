// Groups: what each asks for, where it may be placed (attributes, required auditors) and the
// most it pays per block.
import { Badge } from "@/components/ui/badge";
import { formatMicroRaw } from "@/lib/format";
import type { GroupView } from "../../utils/types";
import { ResourcesText } from "../ResourcesText";
import { Dl, Dt, Panel } from "./Panel";

export function GroupsPanel({ groups }: { groups: GroupView[] }) {
  return (
    <Panel title="Groups">
      <ul className="grid gap-4">
        {groups.map((g) => (
          <li key={g.gseq} className="grid gap-2">
            <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
              {g.name || `Group ${g.gseq}`} <span className="text-xs text-zinc-500">gseq {g.gseq}</span>
              <Badge>{g.state}</Badge>
            </p>
            <Dl>
              <Dt label="Resources">
                <ResourcesText resources={g.resources} />
              </Dt>
              <Dt label="Max price">
                {g.maxPrice ? `${formatMicroRaw(g.maxPrice.amount, g.maxPrice.denom)} per block` : "—"}
              </Dt>
              <Dt label="Placement">
                {g.placement.attributes.length === 0
                  ? "Any provider"
                  : g.placement.attributes.map((a) => `${a.key}=${a.value}`).join(", ")}
              </Dt>
              <Dt label="Signed by">
                <SignedBy allOf={g.placement.signedByAllOf} anyOf={g.placement.signedByAnyOf} />
              </Dt>
            </Dl>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

function SignedBy({ allOf, anyOf }: { allOf: string[]; anyOf: string[] }) {
  if (allOf.length === 0 && anyOf.length === 0) return <>No auditor required</>;
  return (
    <span className="grid gap-1 font-mono text-xs">
      {allOf.length > 0 && <span>all of: {allOf.join(", ")}</span>}
      {anyOf.length > 0 && <span>any of: {anyOf.join(", ")}</span>}
    </span>
  );
}
