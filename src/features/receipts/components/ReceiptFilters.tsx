import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { RECEIPT_ACTIONS, RECEIPT_STATES, type ReceiptAction, type ReceiptState } from "../core/receipt";
import { isFiltered, NO_FILTER, type ReceiptFilter } from "../utils/filters";
import { ACTION_LABELS, STATE_LABELS } from "../utils/present";

export function ReceiptFilters({
  filter,
  onChange,
  networks,
}: {
  filter: ReceiptFilter;
  onChange(next: ReceiptFilter): void;
  networks: { id: string; name: string }[];
}) {
  const set = (patch: Partial<ReceiptFilter>) => onChange({ ...filter, ...patch });
  return (
    <form
      aria-label="Filter receipts"
      onSubmit={(e) => e.preventDefault()}
      className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6"
    >
      <Field label="Action">
        <Select value={filter.action} onChange={(e) => set({ action: e.target.value as ReceiptAction | "" })}>
          <option value="">All actions</option>
          {RECEIPT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {ACTION_LABELS[a]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="State">
        <Select value={filter.state} onChange={(e) => set({ state: e.target.value as ReceiptState | "" })}>
          <option value="">All states</option>
          {RECEIPT_STATES.map((s) => (
            <option key={s} value={s}>
              {STATE_LABELS[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Network">
        <Select value={filter.network} onChange={(e) => set({ network: e.target.value })}>
          <option value="">All networks</option>
          {networks.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Dseq">
        <Input
          inputMode="numeric"
          placeholder="e.g. 1234"
          value={filter.dseq}
          onChange={(e) => set({ dseq: e.target.value })}
        />
      </Field>
      <Field label="From">
        <Input type="date" value={filter.from} onChange={(e) => set({ from: e.target.value })} />
      </Field>
      <Field label="To">
        <Input type="date" value={filter.to} onChange={(e) => set({ to: e.target.value })} />
      </Field>
      {isFiltered(filter) && (
        <div className="col-span-full">
          <Button size="sm" variant="ghost" onClick={() => onChange(NO_FILTER)}>
            Clear filters
          </Button>
        </div>
      )}
    </form>
  );
}
