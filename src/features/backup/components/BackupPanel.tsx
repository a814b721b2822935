import { ExportCard } from "./ExportCard";
import { ImportCard } from "./ImportCard";
import type { Preference } from "../core/preference";

/** `preferences`: those the app owns (the theme), beside the features' own. */
export function BackupPanel({ preferences }: { preferences: readonly Preference[] }) {
  return (
    <section className="grid gap-4" aria-label="Local data">
      <ExportCard preferences={preferences} />
      <ImportCard preferences={preferences} />
    </section>
  );
}

export default BackupPanel;
