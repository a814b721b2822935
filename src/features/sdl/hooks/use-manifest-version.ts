import { useEffect, useState } from "react";
import { manifestVersion } from "../utils/deployment-plan";
import type { GenerateManifestOk, SdlEngine } from "../utils/sdl-engine";

/** The manifest version hash (hex) of the current groups; computed with WebCrypto, so async. */
export function useManifestVersion(
  engine: SdlEngine | null,
  manifest: GenerateManifestOk | null,
): string | null {
  const [hash, setHash] = useState<{ for: GenerateManifestOk; hex: string } | null>(null);
  useEffect(() => {
    if (!engine || !manifest) return;
    let live = true;
    manifestVersion(engine, manifest.groups).then(
      ({ versionHex }) => live && setHash({ for: manifest, hex: versionHex }),
      (err: unknown) => console.warn("Manifest hash failed:", err),
    );
    return () => {
      live = false;
    };
  }, [engine, manifest]);
  return hash && hash.for === manifest ? hash.hex : null;
}
