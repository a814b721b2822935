// Send the manifest: the one this browser built for a deployment (its deployment record) goes to
// one lease's provider with a JWT the wallet signs, recorded as a receipt. Remembers per provider
// whether it got there: the deployment page shows a failure and offers to send again. Nothing on
// chain changes; the lease's status at the provider does (a first start, or an update rolling
// out), so that is asked again at once.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { loadDeploymentRecord } from "@/features/deployments";
import { leaseKeys, sendManifest, useProviderAccess, type ManifestOutcome } from "@/features/leases";
import { useNetwork } from "@/features/network";
import { useReceiptStore } from "@/features/receipts";
import { useWallet } from "@/features/wallet";

export type ManifestState = { kind: "sending" } | { kind: "sent" } | { kind: "failed"; message: string };

const NO_SDL =
  "This browser does not have this deployment's SDL, so it cannot send the manifest. Update the deployment with its SDL to send it.";
const NO_HOST = "The provider's host is not known yet; try again in a moment.";
const NO_PROXY =
  "This console has no provider proxy (config.json sets none), so it cannot send the manifest. Send it from a console that has one.";

export function useSendManifest(owner: string, dseq: string) {
  const { network } = useNetwork();
  const { target, jwt, proxyConfigured } = useProviderAccess();
  const receipts = useReceiptStore();
  const { walletName } = useWallet();
  const [states, setStates] = useState<Record<string, ManifestState>>({});
  const queryClient = useQueryClient();

  const send = useCallback(
    async (provider: string, gseq: number, oseq: number): Promise<boolean> => {
      const set = (s: ManifestState) => setStates((prev) => ({ ...prev, [provider]: s }));
      set({ kind: "sending" });
      const record = loadDeploymentRecord(network.id, owner, dseq);
      const proxyTarget = target(provider);
      if (!record || !proxyTarget || !jwt) {
        set({ kind: "failed", message: !record ? NO_SDL : proxyConfigured ? NO_HOST : NO_PROXY });
        return false;
      }
      // A receipt that cannot be written shows the receipts banner; the manifest still goes out.
      const receipt = await receipts
        .begin({
          action: "send-manifest",
          network: { id: network.id, name: network.name },
          chainId: network.chainId,
          walletName: walletName ?? "wallet",
          signer: owner,
          target: { owner, dseq, gseq, oseq, provider },
          request: { sdl: record.sdl, manifestVersionHash: record.hashHex },
        })
        .catch(() => null);
      let outcome: ManifestOutcome;
      try {
        const token = await jwt.token(provider, dseq);
        outcome = await sendManifest({ target: proxyTarget, dseq, manifestJson: record.manifestJson, token });
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        outcome = {
          ok: false,
          status: null,
          attempts: 0,
          message: `Could not get a token from your wallet: ${why}`,
        };
      }
      const status = outcome.ok ? "HTTP 200" : outcome.message;
      if (receipt)
        await receipts
          .complete(receipt, { state: outcome.ok ? "success" : "failed", status })
          .catch(() => undefined);
      set(outcome.ok ? { kind: "sent" } : { kind: "failed", message: outcome.message });
      if (outcome.ok)
        void queryClient.invalidateQueries({
          queryKey: leaseKeys.status(network.id, provider, dseq, gseq, oseq),
        });
      return outcome.ok;
    },
    [network, owner, dseq, target, jwt, proxyConfigured, receipts, walletName, queryClient],
  );

  return { states, send };
}
