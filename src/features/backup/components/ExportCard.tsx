// Export: one file with everything this browser keeps for the tenant; optionally encrypted; the
// secrets (env values, deployment records) only on explicit request, and only encrypted.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { useReceiptStore } from "@/features/receipts";
import { collectBackup } from "../core/collect";
import { writeBackup } from "../core/format";
import { FEATURE_PREFERENCES, type Preference } from "../core/sources";
import { downloadFile } from "./download";

export const MIN_PASSPHRASE = 10;

function summary(data: Awaited<ReturnType<typeof collectBackup>>): string {
  const names = data.names.reduce((s, n) => s + Object.keys(n.names).length, 0);
  const parts = [
    `${data.drafts.length} drafts`,
    `${names} deployment names`,
    `${data.receipts.length} receipts`,
    `${data.alertRules.length} alert rules`,
  ];
  if (data.secrets) parts.push(`${data.records.length} deployment records`);
  return parts.join(", ");
}

export function ExportCard({ preferences }: { preferences: readonly Preference[] }) {
  const receipts = useReceiptStore();
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState("");
  const [confirm, setConfirm] = useState("");
  const [secrets, setSecrets] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const problem = !encrypt
    ? null
    : passphrase.length < MIN_PASSPHRASE
      ? `Use at least ${MIN_PASSPHRASE} characters.`
      : passphrase !== confirm
        ? "The two passphrases differ."
        : null;

  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const data = await collectBackup({
        secrets: encrypt && secrets,
        preferences: [...FEATURE_PREFERENCES, ...preferences],
        receipts,
      });
      const now = new Date();
      const text = await writeBackup(data, now.toISOString(), encrypt ? passphrase : null);
      const day = now.toISOString().slice(0, 10);
      downloadFile(`akash-console-backup-${day}${encrypt ? ".encrypted" : ""}.json`, text);
      setMessage({ ok: true, text: `Exported ${summary(data)}${encrypt ? ", encrypted" : ""}.` });
    } catch (err) {
      setMessage({ ok: false, text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card>
      <CardTitle>Export local data</CardTitle>
      <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
        One file with the SDL drafts, deployment names, preferences, custom endpoints, runway targets, alert
        rules and receipts this browser keeps, to import in another browser. Never in it: wallet or top-up
        keys, provider tokens. Drafts leave without their env values and registry passwords.
      </p>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} />
        Encrypt with a passphrase
      </label>
      {encrypt && (
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <Field label="Passphrase" error={passphrase && problem?.startsWith("Use") ? problem : null}>
            <Input
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          </Field>
          <Field
            label="Passphrase again"
            error={confirm && problem === "The two passphrases differ." ? problem : null}
          >
            <Input
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
          </Field>
          <label className="flex items-start gap-2 text-sm sm:col-span-2">
            <input
              type="checkbox"
              className="mt-1"
              checked={secrets}
              onChange={(e) => setSecrets(e.target.checked)}
            />
            <span>
              Include secrets: env values in drafts, and the SDL and manifest of each deployment this browser
              made (with their env values and registry passwords), so another browser can re-send a manifest.
              {secrets && (
                <strong className="mt-1 block text-amber-700 dark:text-amber-400">
                  Anyone with this file and its passphrase can read those secrets. Keep both apart.
                </strong>
              )}
            </span>
          </label>
        </div>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button onClick={() => void run()} disabled={busy || problem !== null}>
          {busy ? "Exporting…" : "Export"}
        </Button>
        {message && (
          <p
            role="status"
            className={message.ok ? "text-sm text-emerald-700 dark:text-emerald-400" : "text-sm text-red-600"}
          >
            {message.text}
          </p>
        )}
      </div>
    </Card>
  );
}
