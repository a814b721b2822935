// The close confirmation's sentence on money: about how much ACT comes back, before signing.
import { formatMicro } from "@/lib/format";
import { useCloseRefund } from "../hooks/use-close-refund";

export function CloseRefundText({
  owner,
  dseqs,
  open,
}: {
  owner: string;
  dseqs: readonly string[];
  /** asked only while the confirmation is open */
  open: boolean;
}) {
  const { refund, unknown, pending } = useCloseRefund(owner, dseqs, open);
  if (pending) return <p className="text-sm text-zinc-500">Working out what comes back…</p>;
  if (!refund)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        What the escrow holds could not be read: whatever the providers have not earned comes back.
      </p>
    );
  return (
    <p className="text-sm" data-testid="close-refund">
      About <strong>{formatMicro(refund.amount, refund.denom)}</strong> comes back to your wallet: the escrow
      less what the leases have used since it last settled (each block until the close is included costs a
      little more).
      {unknown > 0 &&
        ` ${unknown} deployment${unknown === 1 ? "" : "s"} could not be read and are not counted.`}
    </p>
  );
}
