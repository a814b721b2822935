// From the studio's SDL to a deployment on chain: the groups and their maximum price, which
// providers could bid on it (and why the others cannot), the deposit (by default the tenant's
// runway at the maximum price, with its live runway and a warning under an hour), a check of the
// wallet's ACT with an offer to mint it from AKT, then the create action (which keeps the SDL and
// manifest locally). A wallet holding a deposit grant draws on it first (its own ACT need only
// cover the rest). On success the page moves to the new deployment, where bids arrive.
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { paths } from "@/config/paths";
import { DepositSource, fundingFrom, useDepositGrants } from "@/features/funding";
import { ProviderScreening } from "@/features/market";
import { useLatestBlock, useNetwork, useNetworkUnreachable } from "@/features/network";
import { formatCoin, parseAmount, TxDialog, useTransaction } from "@/features/transactions";
import { formatMicro, perBlockToPerHour } from "@/lib/format";
import { useSpendable, useWallet } from "@/features/wallet";
import { useCreateDeployment } from "../actions/use-create-deployment";
import { useRedeploy } from "../actions/use-redeploy";
import { deployKeys } from "../query-keys";
import { useDepositRunway } from "../hooks/use-deposit-runway";
import { buildDeployment, type BuildResult } from "../utils/build-deployment";
import { depositProblem } from "../utils/deposit";
import { requirementsOfSpecs } from "../utils/group-requirements";
import { DepositRunway } from "./DepositRunway";
import { MintActOffer } from "./MintActOffer";
import { ReclamationWindow, useReclamationCheck } from "./ReclamationWindow";

/** The SDL built once per text: group specs, manifest bytes and hash (chain-sdk, lazily). */
function useBuilt(sdl: string, networkId: string, kind: string): BuildResult | null {
  const built = useQuery({
    queryKey: deployKeys.build(networkId, kind, sdl),
    queryFn: () => buildDeployment(sdl, kind),
    staleTime: Infinity,
  });
  if (built.error) return { ok: false, errors: [built.error.message] };
  return built.data ?? null;
}

/** A redeploy elsewhere: the deployment it replaces, its provider, and the deposit carried over. */
export interface RedeployOf {
  dseq: string;
  provider: string;
  depositText: string;
}

export function CreateDeployment({
  sdl,
  name: draftName = "",
  onCancel,
  redeploy,
}: {
  sdl: string;
  /** the draft's name: the deployment is listed by it in this browser (editable here) */
  name?: string;
  onCancel?: () => void;
  redeploy?: RedeployOf;
}) {
  const { network } = useNetwork();
  const wallet = useWallet();
  const height = useLatestBlock().data?.height ?? 0;
  const unreachable = useNetworkUnreachable();
  const navigate = useNavigate();
  const tx = useTransaction();
  const createDeployment = useCreateDeployment(tx);
  const redeployAction = useRedeploy(tx);
  const built = useBuilt(sdl, network.id, network.kind);
  const value = built?.ok ? built.value : null;
  // The most the deployment can cost a block: what every accepted bid is at or under.
  const maxPerBlock = (value?.overview ?? [])
    .filter((g) => g.maxPrice.denom === network.deploymentDenom)
    .reduce((sum, g) => sum + Number(g.maxPrice.amount), 0);
  const groups = useMemo(() => (value ? requirementsOfSpecs(value.groupSpecs) : []), [value]);
  const runway = useDepositRunway(maxPerBlock, redeploy?.depositText);
  const deposit = runway.text;
  const [name, setName] = useState(draftName);
  // Once a mint is signed the offer stays to show its progress, even after the ACT covers the deposit.
  const [minting, setMinting] = useState(false);
  const address = wallet.address;
  const funds = useSpendable(address);
  const granted = useDepositGrants(address, network.deploymentDenom);
  const [useGrant, setUseGrant] = useState(true);
  const fromGrants = useGrant ? granted.total : 0n;
  const problem = depositProblem(deposit);
  const depositMicro = BigInt(parseAmount(deposit) ?? "0");
  const short = funds.data && !problem ? depositMicro - fromGrants - BigInt(Math.floor(funds.data.uact)) : 0n;
  const reclamationSec = value?.reclamationSec ?? null;
  const reclamation = useReclamationCheck(reclamationSec);

  const create = async () => {
    if (!built?.ok || !address || problem || reclamation.problem) return;
    const deposit = { denom: network.deploymentDenom, amount: depositMicro.toString() };
    const input = {
      owner: address,
      sdl,
      built: built.value,
      deposit,
      height,
      name,
      funding: fundingFrom(granted.grants, useGrant),
    };
    const { result, dseq } = redeploy
      ? await redeployAction({ ...input, from: { dseq: redeploy.dseq, provider: redeploy.provider } })
      : await createDeployment(input);
    if (!result.ok) return;
    tx.dismiss();
    void navigate(paths.deployment(dseq));
  };

  // Instead of "connect a wallet" only: a card already filled in stays, and a failed send says why.
  if (!address && unreachable)
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        {network.name} does not answer, so this deployment cannot be created there now. Your SDL is kept;
        check the network&apos;s endpoints in Settings.
      </p>
    );
  if (!address)
    return <p className="text-sm">Connect a wallet to create this deployment: it signs in your browser.</p>;
  return (
    <Card aria-label="Create deployment">
      <CardTitle>{redeploy ? "Create the new deployment" : "Create the deployment"}</CardTitle>
      {!built && <Spinner label="Reading the SDL" />}
      {built && !built.ok && (
        <ul role="alert" className="list-disc pl-5 text-sm text-red-700 dark:text-red-400">
          {built.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {built?.ok && (
        <div className="space-y-3 text-sm">
          <ul className="space-y-1">
            {built.value.overview.map((g) => (
              <li key={g.name}>
                <strong>{g.name}</strong>: {g.units.join("; ")}; at most {formatCoin(g.maxPrice)} per block
              </li>
            ))}
          </ul>
          <Field label="Name" hint="Kept in this browser: the deployments list shows it instead of the dseq.">
            <Input value={name} maxLength={64} onChange={(e) => setName(e.target.value)} />
          </Field>
          <ProviderScreening
            groups={groups}
            maxPerHour={`${formatMicro(perBlockToPerHour(maxPerBlock, runway.blockTime.seconds), network.deploymentDenom)}/hour`}
          />
          <DepositRunway deposit={runway} maxPerBlock={maxPerBlock} problem={problem} />
          {reclamationSec !== null && (
            <ReclamationWindow sec={reclamationSec} problem={reclamation.problem} />
          )}
          {redeploy && (
            <p className="text-zinc-600 dark:text-zinc-400">
              The deposit is what deployment {redeploy.dseq}&apos;s escrow holds now, carried over. You get
              that back when you close it, once the new lease is ready.
            </p>
          )}
          {funds.data && (
            <p className="text-zinc-600 dark:text-zinc-400">
              In your wallet: {formatCoin({ denom: "uact", amount: funds.data.uact.toString() })} and{" "}
              {formatCoin({ denom: "uakt", amount: funds.data.uakt.toString() })}.
            </p>
          )}
          <DepositSource grants={granted.grants} useGrant={useGrant} onChange={setUseGrant} />
          {(short > 0n || minting) && <MintActOffer shortUact={short} onSubmitted={() => setMinting(true)} />}
          {/* Pinned to the bottom of a scrolling dialog: content that arrives above it (screening
              answers, a grant) cannot move it from under a finger as it taps. */}
          <div className="sticky bottom-0 flex flex-wrap gap-2 bg-white py-2 dark:bg-zinc-900">
            <Button
              onClick={() => void create()}
              disabled={!!problem || !!reclamation.problem || short > 0n || height === 0 || !!tx.state}
            >
              Create deployment
            </Button>
            {onCancel && (
              <Button variant="secondary" onClick={onCancel}>
                Back to the editor
              </Button>
            )}
          </div>
        </div>
      )}
      <TxDialog tx={tx} />
    </Card>
  );
}
