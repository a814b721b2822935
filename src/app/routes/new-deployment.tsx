// The SDL studio. Monaco and chain-sdk load inside it, lazily, after the page renders.
import { useState } from "react";
import { SdlStudio } from "@/features/sdl";
import { DeployDialog } from "@/features/deploy";

export function Component() {
  const [deploying, setDeploying] = useState<string | null>(null);
  return (
    <>
      <SdlStudio onDeploy={setDeploying} />
      <DeployDialog sdl={deploying} onClose={() => setDeploying(null)} />
    </>
  );
}
