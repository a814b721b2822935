// The bids table's controls: audited only, a GPU model (only models bids name), a maximum price
// per hour, and the order (price, price per GPU-hour, uptime: online now first).
import { Input, Select } from "@/components/ui/field";
import type { BidFilters, BidSort } from "../utils/bid-view";

export const SORTS: { value: BidSort; label: string }[] = [
  { value: "price", label: "Price" },
  { value: "gpu-hour", label: "Price per GPU-hour" },
  { value: "uptime", label: "Uptime (online now first)" },
];

export function BidsToolbar(props: {
  filters: BidFilters;
  onFilters(update: (f: BidFilters) => BidFilters): void;
  models: string[];
  maxHour: string;
  onMaxHour(text: string): void;
  sort: BidSort;
  onSort(sort: BidSort): void;
}) {
  const { filters, onFilters } = props;
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
      <label className="flex items-center gap-1">
        <input
          type="checkbox"
          checked={filters.auditedOnly}
          onChange={(e) => onFilters((f) => ({ ...f, auditedOnly: e.target.checked }))}
        />
        Audited only
      </label>
      <Select
        aria-label="GPU model"
        className="w-full sm:w-44"
        value={filters.gpuModel ?? ""}
        onChange={(e) => onFilters((f) => ({ ...f, gpuModel: e.target.value || null }))}
      >
        <option value="">Any GPU</option>
        {props.models.map((m) => (
          <option key={m} value={m}>
            {m.toUpperCase()}
          </option>
        ))}
      </Select>
      <Input
        aria-label="Maximum ACT per hour"
        placeholder="Max ACT/hour"
        inputMode="decimal"
        className="w-full sm:w-40"
        value={props.maxHour}
        onChange={(e) => props.onMaxHour(e.target.value)}
      />
      <Select
        aria-label="Sort bids by"
        className="w-full sm:w-56"
        value={props.sort}
        onChange={(e) => props.onSort(SORTS.find((s) => s.value === e.target.value)?.value ?? "price")}
      >
        {SORTS.map((s) => (
          <option key={s.value} value={s.value}>
            Sort: {s.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
