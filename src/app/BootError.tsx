/** Shown when the console cannot even load its runtime configuration. */
export function BootError({ error }: { error: unknown }) {
  return (
    <div
      role="alert"
      className="mx-auto mt-24 max-w-lg rounded-xl border border-red-300 bg-red-50 p-6 dark:border-red-900 dark:bg-red-950/40"
    >
      <h1 className="font-semibold text-red-800 dark:text-red-300">The console could not start</h1>
      <p className="mt-2 text-sm text-red-700 dark:text-red-400">
        {error instanceof Error ? error.message : String(error)}
      </p>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        Start it with `npm start`, which serves the runtime configuration.
      </p>
    </div>
  );
}
