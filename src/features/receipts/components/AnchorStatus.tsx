// Always on the page while there are receipts: how many are anchored by their wallet's own
// signature, the button that signs the head, and why that matters, in plain words.
import { Button } from "@/components/ui/button";
import type { Anchoring } from "../core/anchor";
import { NOTICE_TONES } from "./notice-tones";

function WhySign() {
  return (
    <details className="mt-2 text-xs">
      <summary className="cursor-pointer font-medium">What does signing the head do?</summary>
      <div className="mt-1 grid gap-1">
        <p>
          These receipts live in this browser. Anyone who can open its storage could rewrite them and
          recompute every hash, and the hashes alone would still check out.
        </p>
        <p>
          Signing the head puts your wallet&apos;s signature on the newest receipt&apos;s hash. It is not a
          transaction: nothing is sent to the chain and it costs nothing. Whoever checks your receipts (here,
          or an export with <code>npm run verify-receipts</code>) can then tell that you, the owner of the
          wallet, vouched for every receipt you made up to that point, and that none was changed, removed or
          reordered since.
        </p>
        <p>Receipts made after you sign are not covered until you sign again.</p>
      </div>
    </details>
  );
}

function headline(a: Anchoring): string {
  const missing = a.total - a.anchored;
  if (missing === 0)
    return `All ${a.total} receipts are anchored by the signature of the wallet that made them.`;
  if (a.anchored === 0) return `None of the ${a.total} receipts is anchored yet.`;
  return `${missing} of ${a.total} receipts are not yet anchored.`;
}

export function AnchorStatus({
  anchoring,
  signer,
  busy,
  onSign,
}: {
  anchoring: Anchoring | null;
  signer: { address: string } | null;
  busy: boolean;
  onSign(): void;
}) {
  if (!anchoring) return null;
  const done = anchoring.anchored === anchoring.total && anchoring.invalid.length === 0;
  const tone = anchoring.invalid.length > 0 ? "bad" : done ? "good" : "warn";
  const own = signer ? anchoring.bySigner.find((s) => s.signer === signer.address) : undefined;
  // Signing helps only a wallet with receipts of its own that are not anchored yet.
  const canHelp = own !== undefined && own.anchored < own.receipts;
  return (
    <section
      aria-label="Anchoring"
      data-testid="anchor-status"
      className={`rounded-xl border p-3 text-sm ${NOTICE_TONES[tone]}`}
    >
      <p className="font-medium">{headline(anchoring)}</p>
      {anchoring.invalid.map((line) => (
        <p key={line} className="mt-1 wrap-anywhere">
          {line}
        </p>
      ))}
      {!done && anchoring.notCovered > 0 && (
        <p className="mt-1">
          {anchoring.notCovered} were made after the head was last signed. Sign the head again to cover them.
        </p>
      )}
      {anchoring.unsignedSigners.map((s) => (
        <p key={s.signer} className="mt-1 break-all">
          {s.receipts} made by {s.signer} carry no signature of that wallet.
        </p>
      ))}
      {!done && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          {signer && canHelp && (
            <Button size="sm" onClick={onSign} disabled={busy}>
              {busy ? "Waiting for the wallet…" : "Sign the head"}
            </Button>
          )}
          {signer && !canHelp && (
            <p className="text-xs break-all">
              {own
                ? `Every receipt of the connected wallet (${signer.address}) is anchored; the others need their own wallet's signature.`
                : `The connected wallet (${signer.address}) made none of these receipts: connect the wallet that did to sign.`}
            </p>
          )}
          {!signer && (
            <p className="text-xs">Connect the wallet that made these receipts to sign the head.</p>
          )}
        </div>
      )}
      <WhySign />
    </section>
  );
}
