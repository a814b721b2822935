// From the studio's SDL to a deployment on chain: the groups and their maximum price, the deposit
// (0.5 ACT by default, editable), a check of the wallet's ACT with an offer to mint it from AKT,
// then the create action (which keeps the SDL and manifest locally). On success the page moves to
// the new deployment, where bids arrive.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { paths } from "@/config/paths";
import { useLatestBlock, useNetwork } from "@/features/network";
import { formatCoin, parseAmount, TxDialog, useTransaction } from "@/features/transactions";
import { useSpendable, useWallet } from "@/features/wallet";
import { useCreateDeployment } from "../actions/use-create-deployment";
import { useRedeploy } from "../actions/use-redeploy";
import { deployKeys } from "../query-keys";
import { buildDeployment, type BuildResult } from "../utils/build-deployment";
import { DEFAULT_DEPOSIT_TEXT, depositProblem } from "../utils/deposit";
import { MintActOffer } from "./MintActOffer";

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
  onCancel,
  redeploy,
}: {
  sdl: string;
  onCancel?: () => void;
  redeploy?: RedeployOf;
}) {
  const { network } = useNetwork();
  const wallet = useWallet();
  const height = useLatestBlock().data?.height ?? 0;
  const navigate = useNavigate();
  const tx = useTransaction();
  const createDeployment = useCreateDeployment(tx);
  const redeployAction = useRedeploy(tx);
  const built = useBuilt(sdl, network.id, network.kind);
  const [deposit, setDeposit] = useState(redeploy?.depositText ?? DEFAULT_DEPOSIT_TEXT);
  // Once a mint is signed the offer stays to show its progress, even after the ACT covers the deposit.
  const [minting, setMinting] = useState(false);
  const address = wallet.address;
  const funds = useSpendable(address);
  const problem = depositProblem(deposit);
  const depositMicro = BigInt(parseAmount(deposit) ?? "0");
  const short = funds.data && !problem ? depositMicro - BigInt(Math.floor(funds.data.uact)) : 0n;

  const create = async () => {
    if (!built?.ok || !address || problem) return;
    const deposit = { denom: network.deploymentDenom, amount: depositMicro.toString() };
    const input = { owner: address, sdl, built: built.value, deposit, height };
    const { result, dseq } = redeploy
      ? await redeployAction({ ...input, from: { dseq: redeploy.dseq, provider: redeploy.provider } })
      : await createDeployment(input);
    if (!result.ok) return;
    tx.dismiss();
    void navigate(paths.deployment(dseq));
  };

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
          <Field
            label="Deposit (ACT)"
            hint={
              redeploy
                ? `What deployment ${redeploy.dseq}'s escrow holds now, carried over. You get that back when you close it, once the new lease is ready.`
                : "At least 0.5 ACT. What providers do not earn comes back when you close the deployment."
            }
            error={problem}
          >
            <Input inputMode="decimal" value={deposit} onChange={(e) => setDeposit(e.target.value)} />
          </Field>
          {funds.data && (
            <p className="text-zinc-600 dark:text-zinc-400">
              In your wallet: {formatCoin({ denom: "uact", amount: funds.data.uact.toString() })} and{" "}
              {formatCoin({ denom: "uakt", amount: funds.data.uakt.toString() })}.
            </p>
          )}
          {(short > 0n || minting) && <MintActOffer shortUact={short} onSubmitted={() => setMinting(true)} />}
          <div className="flex flex-wrap gap-2">
            <Button
              onClick={() => void create()}
              disabled={!!problem || short > 0n || height === 0 || !!tx.state}
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
