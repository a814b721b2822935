// One signing attempt in detail: what was signed, what the chain answered, every entry's JSON, and
// links to the deployment and the transaction.
import type { ReactNode } from "react";
import { Link } from "react-router";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { paths } from "@/config/paths";
import type { Receipt } from "../core/receipt";
import type { AttemptRow } from "../utils/attempts";
import { ACTION_LABELS, STATE_LABELS, STATE_TONES, formatTime } from "../utils/present";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-2 py-1 text-sm">
      <dt className="text-zinc-500">{label}</dt>
      <dd className="min-w-0 break-all">{children}</dd>
    </div>
  );
}

function Summary({ receipt, txUrl }: { receipt: Receipt; txUrl: string | null }) {
  const { target, response } = receipt;
  return (
    <dl className="divide-y divide-zinc-100 dark:divide-zinc-800">
      <Item label="State">
        <Badge tone={STATE_TONES[receipt.state]}>{STATE_LABELS[receipt.state]}</Badge>
      </Item>
      <Item label="Network">
        {receipt.network.name} ({receipt.chainId})
      </Item>
      <Item label="Signer">
        {receipt.wallet.signer} <span className="text-zinc-500">({receipt.wallet.name})</span>
      </Item>
      {target.dseq && (
        <Item label="Deployment">
          <Link className="text-brand-600 underline" to={paths.deployment(target.dseq)}>
            dseq {target.dseq}
          </Link>
          {target.provider && <span className="block text-zinc-500">provider {target.provider}</span>}
        </Item>
      )}
      {response.txHash && (
        <Item label="Transaction">
          {txUrl ? (
            <a className="text-brand-600 underline" href={txUrl} target="_blank" rel="noreferrer">
              {response.txHash}
            </a>
          ) : (
            <span className="font-mono">{response.txHash}</span>
          )}
          {response.height !== null && <span className="block text-zinc-500">height {response.height}</span>}
        </Item>
      )}
      {response.code !== null && response.code !== 0 && (
        <Item label="Chain error">
          code {response.code} {response.codespace && `(${response.codespace})`}
        </Item>
      )}
      {receipt.reason && <Item label="Reason">{receipt.reason}</Item>}
    </dl>
  );
}

export function ReceiptDrawer({
  row,
  entryId,
  onSelectEntry,
  onClose,
  txUrlOf,
}: {
  row: AttemptRow | null;
  entryId: string | null;
  onSelectEntry(id: string): void;
  onClose(): void;
  txUrlOf(receipt: Receipt): string | null;
}) {
  const entries = row?.entries ?? [];
  const shown = entries.find((e) => e.id === entryId) ?? row?.latest ?? null;
  const close = onClose;
  return (
    <Dialog
      open={row !== null}
      onClose={close}
      title={row ? `Receipt #${row.position}: ${ACTION_LABELS[row.latest.action]}` : "Receipt"}
      footer={
        <Button variant="secondary" onClick={close}>
          Close
        </Button>
      }
    >
      {row && shown && (
        <div className="grid gap-3">
          <Summary receipt={row.latest} txUrl={txUrlOf(row.latest)} />
          <div>
            <p className="mb-1 text-xs font-medium text-zinc-500">Entries of this attempt</p>
            <div className="flex flex-wrap gap-1">
              {entries.map((e, i) => (
                <Button
                  key={e.id}
                  size="sm"
                  variant={e.id === shown.id ? "primary" : "secondary"}
                  onClick={() => onSelectEntry(e.id)}
                >
                  {i + 1}. {STATE_LABELS[e.state]} · {formatTime(e.timestamp)}
                </Button>
              ))}
            </div>
          </div>
          <pre
            data-testid="receipt-json"
            className="max-h-80 overflow-auto rounded-lg bg-zinc-100 p-3 text-xs whitespace-pre-wrap break-all dark:bg-zinc-950"
          >
            {JSON.stringify(shown, null, 2)}
          </pre>
        </div>
      )}
    </Dialog>
  );
}
