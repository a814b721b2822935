import { useEffect, useState } from "react";
import { loadSdlEngine, type SdlEngine } from "../utils/sdl-engine";

/** chain-sdk, loaded after the studio renders; the error says what to do when its chunk fails. */
export function useSdlEngine(): { engine: SdlEngine | null; error: string | null } {
  const [state, setState] = useState<{ engine: SdlEngine | null; error: string | null }>({
    engine: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    loadSdlEngine().then(
      (engine) => live && setState({ engine, error: null }),
      (err: unknown) =>
        live &&
        setState({
          engine: null,
          error: `The SDL checker could not load (${err instanceof Error ? err.message : String(err)}). Reload the page.`,
        }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
