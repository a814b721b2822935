// Search, state and sort controls of the deployments list.
import { Field, Input, Select } from "@/components/ui/field";
import type { StateFilter } from "../../hooks/use-deployment-rows";
import type { ListControls } from "../../hooks/use-deployments-view";
import { SORT_LABELS, type SortKey } from "../../utils/sort-filter";

export function DeploymentsToolbar({
  controls,
  onChange,
}: {
  controls: ListControls;
  onChange: (next: ListControls) => void;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_9rem_15rem] sm:items-end">
      <Field label="Search">
        <Input
          type="search"
          value={controls.query}
          placeholder="dseq or name"
          onChange={(e) => onChange({ ...controls, query: e.target.value })}
        />
      </Field>
      <Field label="State">
        <Select
          value={controls.state}
          onChange={(e) => onChange({ ...controls, state: e.target.value as StateFilter })}
        >
          <option value="all">All</option>
          <option value="active">Active</option>
          <option value="closed">Closed</option>
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
  );
}
