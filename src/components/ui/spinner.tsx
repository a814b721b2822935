export function Spinner({ label = "Loading" }: { label?: string }) {
  return (
    <span role="status" className="inline-flex items-center gap-2 text-sm text-zinc-500">
      <span
        className="size-4 animate-spin rounded-full border-2 border-zinc-300 border-t-brand-600"
        aria-hidden
      />
      <span>{label}…</span>
    </span>
  );
}
