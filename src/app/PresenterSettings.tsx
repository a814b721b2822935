import { Card, CardTitle } from "@/components/ui/card";
import { usePresenterMode } from "@/lib/presenter-mode";

/** The presenter mode setting; `?present` in a link turns it on for one visit. */
export function PresenterSettings() {
  const presenter = usePresenterMode();
  return (
    <Card>
      <CardTitle>Presenter mode</CardTitle>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-brand-600"
          checked={presenter.on}
          disabled={presenter.fromUrl}
          onChange={(e) => presenter.set(e.target.checked)}
        />
        Large type, full width and short addresses, legible on a projector
      </label>
      <p className="mt-1 text-xs text-zinc-500">
        {presenter.fromUrl
          ? "This page's link decides (?present); remove it to use the setting."
          : "Add ?present to any link to turn it on for one visit."}
      </p>
    </Card>
  );
}
