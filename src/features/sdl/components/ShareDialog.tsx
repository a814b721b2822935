import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input } from "@/components/ui/field";

/** Shows the share link (always, so it can be copied by hand on a phone or when the clipboard is blocked). */
export function ShareDialog({
  link,
  redacted,
  onClose,
}: {
  link: string | null;
  redacted: number;
  onClose(): void;
}) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const copy = () => {
    if (!link) return;
    navigator.clipboard?.writeText(link).then(
      () => setCopied("yes"),
      () => setCopied("failed"),
    );
  };
  return (
    <Dialog
      open={link !== null}
      onClose={() => {
        setCopied(null);
        onClose();
      }}
      title="Share this SDL"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Close
          </Button>
          <Button onClick={copy}>{copied === "yes" ? "Copied" : "Copy link"}</Button>
        </>
      }
    >
      <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
        The SDL travels inside the link (after the #), compressed; it is never uploaded anywhere.
        {redacted > 0 && " Registry passwords were left out."}
      </p>
      <Input readOnly value={link ?? ""} aria-label="Share link" onFocus={(e) => e.currentTarget.select()} />
      {copied === "failed" && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          The browser blocked the clipboard: select the link and copy it.
        </p>
      )}
    </Dialog>
  );
}
