// The SDL studio. Monaco and chain-sdk load inside it, lazily, after the page renders.
import { useState } from "react";
import { SdlStudio } from "@/features/sdl";
import { DeployDialog, type DeployRequest } from "@/features/deploy";

export function Component() {
  const [deploying, setDeploying] = useState<DeployRequest | null>(null);
  return (
    <>
      <SdlStudio onDeploy={(sdl, name) => setDeploying({ sdl, name })} />
      <DeployDialog draft={deploying} onClose={() => setDeploying(null)} />
    </>
  );
}
