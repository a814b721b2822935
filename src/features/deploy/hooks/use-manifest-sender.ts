// Sends the stored manifest of a deployment to one provider and remembers, per provider, whether
// it got there: the deployment page shows a failure and offers to send again.
import { useCallback, useState } from "react";
import { useNetwork } from "@/features/network";
import { useReceiptStore } from "@/features/receipts";
import { loadDeploymentRecord } from "@/features/deployments";
import { sendManifest, useProviderAccess } from "@/features/leases";
import { useWallet } from "@/features/wallet";

export type ManifestState = { kind: "sending" } | { kind: "sent" } | { kind: "failed"; message: string };

export function useManifestSender(owner: string, dseq: string) {
  const { network } = useNetwork();
  const { target, jwt } = useProviderAccess();
  const receipts = useReceiptStore();
  const wallet = useWallet();
  const [states, setStates] = useState<Record<string, ManifestState>>({});

  const send = useCallback(
    async (provider: string, gseq: number, oseq: number): Promise<boolean> => {
      const set = (s: ManifestState) => setStates((prev) => ({ ...prev, [provider]: s }));
      set({ kind: "sending" });
      const record = loadDeploymentRecord(network.id, owner, dseq);
      const proxyTarget = target(provider);
      if (!record) {
        set({
          kind: "failed",
          message:
            "This browser does not have this deployment's SDL, so it cannot send the manifest. Update the deployment with its SDL to send it.",
        });
        return false;
      }
      if (!proxyTarget || !jwt) {
        set({ kind: "failed", message: "The provider's host is not known yet; try again in a moment." });
        return false;
      }
      // A receipt that cannot be written shows the receipts banner; the manifest still goes out.
      const receipt = await receipts
        .begin({
          action: "send-manifest",
          network: { id: network.id, name: network.name },
          chainId: network.chainId,
          walletName: wallet.walletName ?? "wallet",
          signer: owner,
          target: { owner, dseq, gseq, oseq, provider },
          request: { sdl: record.sdl, manifestVersionHash: record.hashHex },
        })
        .catch(() => null);
      let outcome;
      try {
        const token = await jwt.token(provider, dseq);
        outcome = await sendManifest({ target: proxyTarget, dseq, manifestJson: record.manifestJson, token });
      } catch (err) {
        outcome = {
          ok: false as const,
          status: null,
          attempts: 0,
          message: `Could not get a token from your wallet: ${err instanceof Error ? err.message : String(err)}`,
        };
      }
      if (receipt)
        await receipts
          .complete(receipt, {
            state: outcome.ok ? "success" : "failed",
            status: outcome.ok ? "HTTP 200" : outcome.message,
          })
          .catch(() => undefined);
      set(outcome.ok ? { kind: "sent" } : { kind: "failed", message: outcome.message });
      return outcome.ok;
    },
    [network, owner, dseq, target, jwt, receipts, wallet.walletName],
  );

  return { states, send };
}
