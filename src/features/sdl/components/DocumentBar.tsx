// The open draft's name (editable) and whether it is saved.
import { Input } from "@/components/ui/field";
import type { SaveStatus } from "../hooks/use-studio-document";

export function DocumentBar({
  name,
  status,
  onRename,
}: {
  name: string;
  status: SaveStatus;
  onRename(name: string): void;
}) {
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-2">
      <Input
        aria-label="Draft name"
        value={name}
        onChange={(e) => onRename(e.currentTarget.value)}
        className="h-8 max-w-xs min-w-0 flex-1"
        maxLength={80}
      />
      <span
        data-testid="save-status"
        role={status.kind === "failed" ? "alert" : "status"}
        className={
          status.kind === "failed" ? "text-xs text-red-700 dark:text-red-400" : "text-xs text-zinc-500"
        }
      >
        {status.kind === "saved" && `Saved in this browser at ${new Date(status.at).toLocaleTimeString()}`}
        {status.kind === "unsaved" && "Unsaved changes…"}
        {status.kind === "failed" && `Not saved: ${status.error}`}
      </span>
    </div>
  );
}
