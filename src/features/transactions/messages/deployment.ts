// Descriptors for the deployment module (akash.deployment.v1beta4): create, update, close.
// Values are ts-proto partials; the registry's fromPartial turns dseq strings into Longs.
import { formatDuration } from "@/lib/format";
import type { Coin, TxMessage } from "../types";
import { formatCoin } from "../utils/format-coin";
import { BALANCE_ONLY, fromWallet, fundingSentence, type DepositFunding } from "./deposit-funding";

export const CREATE_DEPLOYMENT = "/akash.deployment.v1beta4.MsgCreateDeployment";
export const UPDATE_DEPLOYMENT = "/akash.deployment.v1beta4.MsgUpdateDeployment";
export const CLOSE_DEPLOYMENT = "/akash.deployment.v1beta4.MsgCloseDeployment";

export interface GroupOverview {
  name: string;
  /** "1 × 2 CPU, 4 GiB, 1 GPU (h100)" and so on, one entry per resource unit */
  units: string[];
  /** the group's maximum price per block */
  maxPrice: Coin;
}

export function createDeployment(p: {
  owner: string;
  dseq: string;
  groups: unknown[];
  hash: Uint8Array;
  deposit: Coin;
  overview: GroupOverview[];
  /** where the deposit comes from; the wallet's balance when absent */
  funding?: DepositFunding;
  /** the SDL's reclamation window (AEP-82, field 5), whole seconds; none when absent */
  reclamationSec?: number | null;
}): TxMessage {
  const funding = p.funding ?? BALANCE_ONLY;
  const sec = p.reclamationSec;
  return {
    typeUrl: CREATE_DEPLOYMENT,
    value: {
      id: { owner: p.owner, dseq: p.dseq },
      groups: p.groups,
      hash: p.hash,
      deposit: { amount: p.deposit, sources: funding.sources },
      ...(sec ? { reclamation: { minWindow: { seconds: String(sec), nanos: 0 } } } : {}),
    },
    summary: {
      title: `Create deployment ${p.dseq}`,
      details: [
        ...p.overview.map(
          (g) =>
            `Group “${g.name}”: ${g.units.join("; ")}; pays at most ${formatCoin(g.maxPrice)} per block.`,
        ),
        ...(sec ? [reclamationSentence(sec)] : []),
        `Deposits ${formatCoin(p.deposit)} into the deployment's escrow. What providers have not earned comes back when you close it.`,
        ...(p.funding ? [fundingSentence(p.deposit, funding)] : []),
      ],
      spends: nonZero([fromWallet(p.deposit, funding)]),
    },
  };
}

export function updateDeployment(p: {
  owner: string;
  dseq: string;
  hash: Uint8Array;
  changes: string[];
}): TxMessage {
  return {
    typeUrl: UPDATE_DEPLOYMENT,
    value: { id: { owner: p.owner, dseq: p.dseq }, hash: p.hash },
    summary: {
      title: `Update deployment ${p.dseq}`,
      details: [
        "Records the new SDL's hash on chain. The console then sends the new manifest to every provider.",
        ...p.changes,
      ],
      spends: [],
    },
  };
}

export function closeDeployment(p: { owner: string; dseq: string }): TxMessage {
  return {
    typeUrl: CLOSE_DEPLOYMENT,
    value: { id: { owner: p.owner, dseq: p.dseq } },
    summary: {
      title: `Close deployment ${p.dseq}`,
      details: [
        "Stops every lease of this deployment; providers shut its services down.",
        "The escrow's remaining funds return to your wallet.",
      ],
      spends: [],
    },
  };
}

/** What MsgCreateDeployment.reclamation binds a provider to, in the review before signing. */
export function reclamationSentence(sec: number): string {
  const human = formatDuration(sec);
  const exact = human === `${sec} s` ? "" : ` (${sec.toLocaleString("en-US")} s)`;
  return (
    `Reclamation window: at least ${human}${exact}. Only providers that promise this much ` +
    "notice can bid; one that wants its hardware back must keep the lease running, and paid, that long before closing it."
  );
}

const nonZero = (coins: Coin[]) => coins.filter((c) => BigInt(c.amount) > 0n);
