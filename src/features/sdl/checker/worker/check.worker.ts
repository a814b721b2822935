// The SDL checker's worker: parsing and checking a large SDL takes long enough to freeze typing,
// so it runs here, with chain-sdk loaded here and not on the page. Requests are answered in
// order; the page sends one at a time per editor and only the newest text (checker-client.ts).
import { loadSdlEngine } from "../sdl-engine";
import type { WorkerRequest, WorkerResponse } from "./protocol";
import { runCheck } from "./run-check";

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

async function answer(request: WorkerRequest): Promise<WorkerResponse> {
  // one import for the worker's whole life, shared with the page fallback's loader
  const chainSdk = await loadSdlEngine();
  if (request.type === "schema")
    return { id: request.id, ok: true, type: "schema", schema: chainSdk.validationSDLSchema };
  const checked = await runCheck(chainSdk, request.text, request.network, request.gpuOffers);
  return { id: request.id, ok: true, type: "check", answer: checked };
}

self.addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  answer(request).then(post, (err: unknown) =>
    post({ id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
});
