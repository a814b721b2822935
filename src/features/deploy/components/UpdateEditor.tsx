// The open update editor: the SDL editor as a diff against the deployed SDL, the studio's checker
// and problems list (errors block the update), the changes the chain will not apply in place, and
// the update itself: MsgUpdateDeployment, then the new manifest to every lease.
import { useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useNetwork } from "@/features/network";
import { LazySdlEditor, ProblemsList, useDarkClass, useSdlCheck, type SdlEditorHandle } from "@/features/sdl";
import type { TransactionController } from "@/features/transactions";
import { useUpdateDeployment } from "../actions/use-update-deployment";
import { useUpdatePlan } from "../hooks/use-update-plan";
import { diffLines } from "../utils/sdl-diff";
import { describeRestart, updateRestarts, type ServiceRestart } from "../utils/update-restarts";

interface Props {
  owner: string;
  dseq: string;
  deployed: string;
  /** the manifest the providers run (this browser's record): what the update restarts is its diff */
  deployedManifest: string;
  tx: TransactionController;
  leases: { provider: string; gseq: number; oseq: number }[];
  resend(provider: string, gseq: number, oseq: number): Promise<boolean>;
  /** just before signing: lets the panel keep the lease statuses to compare with afterwards */
  onSigning(): void;
  /** the chain has the new version and every lease was sent the new manifest */
  onUpdated(restarts: ServiceRestart[]): void;
  onCancel(): void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function UpdateEditor(props: Props) {
  const { owner, dseq, deployed, deployedManifest, tx, leases, resend, onSigning, onUpdated, onCancel } =
    props;
  const { network } = useNetwork();
  const isDark = useDarkClass();
  const updateDeployment = useUpdateDeployment(tx);
  const editor = useRef<SdlEditorHandle>(null);
  // Loaded once: from then on the editor owns the text and reports every edit.
  const [initial] = useState(() => ({ text: deployed }));
  const [text, setText] = useState(deployed);
  const check = useSdlCheck(text);
  const checked = !check.pending && check.errors === 0 ? (check.result?.text ?? null) : null;
  const plan = useUpdatePlan(deployed, checked);
  // A plan for older text (the tenant kept typing) is never signed.
  const current = plan.data?.text === text ? plan.data : null;
  const changes = useMemo(() => diffLines(deployed, text).filter((l) => l.kind !== "same"), [deployed, text]);
  const changed = text !== deployed;
  const failed = plan.error ? [`The update could not be prepared: ${plan.error.message}`] : [];
  const reasons = [...failed, ...(check.errors ? [] : (current?.errors ?? [])), ...(current?.blockers ?? [])];
  const built = reasons.length === 0 ? (current?.built ?? null) : null;
  const checking = changed && check.errors === 0 && !current && !check.engineError && !plan.error;
  const restarts = built ? updateRestarts(deployedManifest, built.manifestJson) : null;

  // Once the chain has the new version, every lease's provider needs the new manifest.
  const update = async () => {
    if (!built || !current || tx.state) return;
    const added = changes.filter((l) => l.kind === "added").map((l) => `Now: ${l.text.trim()}`);
    onSigning();
    const result = await updateDeployment({ owner, dseq, sdl: current.text, built, changes: added });
    if (!result.ok) return;
    for (const l of leases) await resend(l.provider, l.gseq, l.oseq);
    onUpdated(restarts ?? []);
  };

  const added = changes.filter((l) => l.kind === "added").length;
  return (
    <div className="flex min-w-0 flex-col gap-3">
      {/* Monaco shows the two sides only when the editor is at least 900 px wide. */}
      <div aria-hidden className="hidden grid-cols-2 gap-4 text-xs font-medium text-zinc-500 lg:grid">
        <span>Deployed (read-only)</span>
        <span>Edited</span>
      </div>
      <div
        data-testid="update-editor"
        className="h-[55vh] min-h-80 min-w-0 overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800"
      >
        <LazySdlEditor
          document={initial}
          original={deployed}
          diagnostics={check.diagnostics}
          diagnosticsText={check.result?.text ?? ""}
          isDark={isDark}
          ariaLabel="Edited SDL"
          onChange={setText}
          onDeploy={() => void update()}
          handle={editor}
        />
      </div>
      <div role="status" data-testid="update-changes" className="flex items-center gap-2 text-sm">
        {changed
          ? `${plural(added, "line")} added, ${plural(changes.length - added, "line")} removed.`
          : "No changes from the deployed SDL yet."}
        {checking && <Spinner label="Checking the update" />}
      </div>
      {restarts && (
        <p className="text-sm" data-testid="update-restarts">
          {restarts.length === 0
            ? "No service's settings change: nothing restarts."
            : `Signing restarts ${restarts.map(describeRestart).join("; ")}. The provider replaces its containers; logs start again with the new ones.`}
        </p>
      )}
      {reasons.length > 0 && (
        <ul role="alert" className="list-disc space-y-1 pl-5 text-sm text-red-700 dark:text-red-400">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {check.engineError && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {check.engineError}
        </p>
      )}
      <ProblemsList
        diagnostics={check.diagnostics}
        pending={check.pending}
        readyText="No problems in the edited SDL."
        onJump={(range) => editor.current?.reveal(range)}
        onFix={(fix) => editor.current?.applyFix(fix)}
      />
      {check.gpusError && (
        <p className="text-xs text-amber-700 dark:text-amber-400">
          GPU models are not checked: the providers on {network.name} could not be read (
          {check.gpusError.message}).
        </p>
      )}
      <div className="flex flex-wrap items-center justify-end gap-2">
        {check.errors > 0 && (
          <p className="mr-auto text-sm text-red-700 dark:text-red-400">
            Fix the {plural(check.errors, "error")} above to update.
          </p>
        )}
        <Button variant="ghost" onClick={onCancel} disabled={!!tx.state}>
          Cancel
        </Button>
        <Button onClick={() => void update()} disabled={!changed || !built || !!tx.state}>
          Update deployment
        </Button>
      </div>
    </div>
  );
}
