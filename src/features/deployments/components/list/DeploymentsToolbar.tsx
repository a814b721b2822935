// Search, state and sort controls of the deployments list. On a phone they are one row (search
// and a "Filters" toggle showing what is applied) so the deployments start above the fold; the
// state and sort fields open under it. From `sm` up, all three sit in one row.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import type { StateFilter } from "../../hooks/use-deployment-rows";
import type { ListControls } from "../../hooks/use-deployments-view";
import { SORT_LABELS, type SortKey } from "../../utils/sort-filter";

const STATE_LABELS: Record<StateFilter, string> = { all: "All", active: "Active", closed: "Closed" };

export function DeploymentsToolbar({
  controls,
  onChange,
}: {
  controls: ListControls;
  onChange: (next: ListControls) => void;
}) {
  const [open, setOpen] = useState(false);
  const applied = controls.state === "all" && controls.sort === "created" ? "" : " (on)";
  return (
    <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-end">
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <Field label="Search">
            <Input
              type="search"
              value={controls.query}
              placeholder="dseq or name"
              onChange={(e) => onChange({ ...controls, query: e.target.value })}
            />
          </Field>
        </div>
        <Button
          variant="secondary"
          className="sm:hidden"
          aria-expanded={open}
          aria-controls="deployment-filters"
          onClick={() => setOpen((v) => !v)}
        >
          Filters{applied}
        </Button>
      </div>
      <div
        id="deployment-filters"
        className={cn("grid-cols-2 gap-3 sm:grid sm:grid-cols-[9rem_15rem]", open ? "grid" : "hidden")}
      >
        <Field label="State">
          <Select
            value={controls.state}
            onChange={(e) => onChange({ ...controls, state: e.target.value as StateFilter })}
          >
            {(Object.keys(STATE_LABELS) as StateFilter[]).map((key) => (
              <option key={key} value={key}>
                {STATE_LABELS[key]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Sort">
          <Select
            value={controls.sort}
            onChange={(e) => onChange({ ...controls, sort: e.target.value as SortKey })}
          >
            {(Object.keys(SORT_LABELS) as SortKey[]).map((key) => (
              <option key={key} value={key}>
                {SORT_LABELS[key]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </div>
  );
}
