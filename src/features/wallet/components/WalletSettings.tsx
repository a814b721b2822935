// Settings → Wallet: which wallet and account are connected, how they sign, and a test
// signature (ADR-036, verified here) so a user can check their wallet works before paying.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { verifyAdr36 } from "../utils/verify-adr36";
import { useWallet } from "../wallet-context";

type Check = { kind: "idle" | "signing" } | { kind: "ok" | "failed"; message: string };

function rejected(err: unknown): boolean {
  return err instanceof Error && /reject/i.test(err.message);
}

export function WalletSettings() {
  const wallet = useWallet();
  const [check, setCheck] = useState<Check>({ kind: "idle" });
  const address = wallet.status === "connected" ? wallet.address : null;

  async function testSignature(signer: string) {
    setCheck({ kind: "signing" });
    const challenge = `Akash console wallet check ${new Date().toISOString()}`;
    try {
      const signature = await wallet.signArbitrary(challenge);
      const valid = await verifyAdr36(signer, challenge, signature);
      setCheck(
        valid
          ? { kind: "ok", message: "Signature verified: this wallet signs for this address." }
          : {
              kind: "failed",
              message: "The wallet returned a signature that does not verify for this address.",
            },
      );
    } catch (err) {
      setCheck({
        kind: "failed",
        message: rejected(err)
          ? "You rejected the signature in the wallet. Nothing was signed."
          : `The wallet could not sign: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  }

  return (
    <Card aria-label="Wallet" role="region">
      <CardTitle>Wallet</CardTitle>
      {!address ? (
        <div className="flex flex-wrap items-center gap-3 text-sm text-zinc-600 dark:text-zinc-400">
          <p>No wallet is connected.</p>
          <Button size="sm" onClick={wallet.openConnect}>
            Connect wallet
          </Button>
        </div>
      ) : (
        <div className="grid gap-3 text-sm">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-zinc-500">Wallet</dt>
            <dd>{wallet.walletName}</dd>
            <dt className="text-zinc-500">Account</dt>
            <dd className="font-mono break-all">{address}</dd>
            <dt className="text-zinc-500">Signing</dt>
            <dd>
              {wallet.signMode === "amino"
                ? "Amino (this account cannot sign direct, e.g. Ledger). Deployments, leases and deposits are signed as amino JSON."
                : "Direct"}
            </dd>
          </dl>
          <div className="flex flex-wrap items-center gap-3">
            <Button
              size="sm"
              variant="secondary"
              disabled={check.kind === "signing"}
              onClick={() => void testSignature(address)}
            >
              {check.kind === "signing" ? "Waiting for the wallet…" : "Sign a test message"}
            </Button>
            {(check.kind === "ok" || check.kind === "failed") && (
              <p
                role={check.kind === "failed" ? "alert" : "status"}
                className={
                  check.kind === "ok"
                    ? "text-emerald-700 dark:text-emerald-400"
                    : "text-red-700 dark:text-red-400"
                }
              >
                {check.message}
              </p>
            )}
          </div>
        </div>
      )}
    </Card>
  );
}
