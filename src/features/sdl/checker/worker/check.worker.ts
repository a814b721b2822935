// The SDL checker's worker: parsing and checking a large SDL takes long enough to freeze typing,
// so it runs here, with chain-sdk loaded here and not on the page. Requests are answered in
// order; the page sends one at a time per editor and only the newest text (checker-client.ts).
import * as chainSdk from "@akashnetwork/chain-sdk/web";
import type { WorkerRequest, WorkerResponse } from "./protocol";
import { runCheck } from "./run-check";

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

self.addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === "schema") {
    post({ id: request.id, ok: true, type: "schema", schema: chainSdk.validationSDLSchema });
    return;
  }
  runCheck(chainSdk, request.text, request.network, request.gpuOffers).then(
    (answer) => post({ id: request.id, ok: true, type: "check", answer }),
    (err: unknown) => post({ id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
});
