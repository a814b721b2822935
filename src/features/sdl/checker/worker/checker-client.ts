// The page's side of the SDL checker: one worker per page, created on first use, and a check()
// that answers with the checker's result. Without module workers (jsdom in unit tests, a very old
// browser) the same checker runs on the page. A check that runs past WATCHDOG_MS means the
// checker is stuck on this text: the worker is stopped (the next check starts a fresh one) and the
// caller is told, rather than waiting forever.
import { loadSdlEngine } from "../sdl-engine";
import type { GpuOffer } from "../../utils/gpu-offers";
import type { CheckAnswer, CheckNetwork, WorkerRequest, WorkerResponse } from "./protocol";

export const WATCHDOG_MS = 20_000;

export interface SdlChecker {
  check(text: string, network: CheckNetwork, gpuOffers: readonly GpuOffer[] | null): Promise<CheckAnswer>;
  /** chain-sdk's SDL JSON schema, for the editor's completion and hover */
  schema(): Promise<object>;
}

type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, "id"> : never) : never;

type Pending = {
  resolve(value: WorkerResponse): void;
  reject(err: Error): void;
  timer: ReturnType<typeof setTimeout>;
};

function workerChecker(create: () => Worker): SdlChecker {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (err: Error) => {
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    pending.clear();
  };
  const stop = (err: Error) => {
    worker?.terminate();
    worker = null;
    failAll(err);
  };
  const start = (): Worker => {
    const w = create();
    w.addEventListener("message", (event: MessageEvent<WorkerResponse>) => {
      const p = pending.get(event.data.id);
      if (!p) return;
      pending.delete(event.data.id);
      clearTimeout(p.timer);
      p.resolve(event.data);
    });
    w.addEventListener("error", (event) => {
      event.preventDefault();
      stop(new Error(event.message || "the checker's code could not load"));
    });
    return w;
  };
  const send = (request: Request): Promise<WorkerResponse> => {
    worker ??= start();
    const id = nextId++;
    const target = worker;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => stop(new Error(`the checker stopped after ${WATCHDOG_MS / 1000} s on this text`)),
        WATCHDOG_MS,
      );
      pending.set(id, { resolve, reject, timer });
      target.postMessage({ ...request, id } as WorkerRequest);
    });
  };

  return {
    async check(text, network, gpuOffers) {
      const response = await send({ type: "check", text, network, gpuOffers });
      if (!response.ok) throw new Error(response.error);
      if (response.type !== "check") throw new Error("the checker answered another question");
      return response.answer;
    },
    async schema() {
      const response = await send({ type: "schema" });
      if (!response.ok) throw new Error(response.error);
      if (response.type !== "schema") throw new Error("the checker answered another question");
      return response.schema;
    },
  };
}

/** The checker on the page: for environments without module workers. */
export function pageChecker(): SdlChecker {
  return {
    async check(text, network, gpuOffers) {
      // Loaded on demand: where workers exist, the checker's code stays off the page.
      const { runCheck } = await import("./run-check");
      return runCheck(await loadSdlEngine(), text, network, gpuOffers);
    },
    async schema() {
      return (await loadSdlEngine()).validationSDLSchema;
    },
  };
}

let shared: SdlChecker | null = null;

/** The page's checker: the worker where there are workers, else the page itself. */
export function sdlChecker(): SdlChecker {
  shared ??=
    typeof Worker === "undefined"
      ? pageChecker()
      : workerChecker(() => new Worker(new URL("./check.worker.ts", import.meta.url), { type: "module" }));
  return shared;
}
