// Believable container output for the simulated workloads: what each kind of image prints when it
// starts, then a few lines per second of steady-state work (requests served, checkpoints, tokens
// generated). Values vary through a seeded generator so a lease's logs are stable and realistic,
// never random noise.
import type { ImageKind } from "./imageKind.ts";
import { imageTag } from "./imageKind.ts";

export interface LogContext {
  kind: ImageKind;
  image: string;
  service: string;
  port: number;
  gpuUnits: number;
  gpuModel: string;
  rand: () => number;
  now: () => Date;
}

/** mulberry32 seeded from a string: deterministic per lease and service. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(ctx: LogContext, items: readonly T[]): T =>
  items[Math.floor(ctx.rand() * items.length)] as T;
const int = (ctx: LogContext, lo: number, hi: number): number => lo + Math.floor(ctx.rand() * (hi - lo + 1));
const clientIp = (ctx: LogContext): string => `10.42.${int(ctx, 0, 3)}.${int(ctx, 2, 250)}`;
const iso = (ctx: LogContext): string => ctx.now().toISOString();
const nginxTime = (d: Date): string => {
  const mon = d.toLocaleString("en-US", { month: "short", timeZone: "UTC" });
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
};

const AGENTS = [
  "Mozilla/5.0 (X11; Linux x86_64)",
  "curl/8.5.0",
  "Go-http-client/1.1",
  "kube-probe/1.30",
] as const;
const PATHS = ["/", "/index.html", "/favicon.ico", "/api/health", "/static/app.js", "/robots.txt"] as const;

export function accessLine(ctx: LogContext, path: string, status: number, bytes: number): string {
  return `${clientIp(ctx)} - - [${nginxTime(ctx.now())}] "GET ${path} HTTP/1.1" ${status} ${bytes} "-" "${pick(ctx, AGENTS)}"`;
}

export function startupLines(ctx: LogContext): string[] {
  const tag = imageTag(ctx.image);
  switch (ctx.kind) {
    case "nginx":
      return [
        "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
        "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
        "/docker-entrypoint.sh: Configuration complete; ready for start up",
        `${iso(ctx)} [notice] 1#1: using the "epoll" event method`,
        `${iso(ctx)} [notice] 1#1: nginx/${tag === "latest" ? "1.27.3" : tag}`,
        `${iso(ctx)} [notice] 1#1: start worker processes`,
      ];
    case "postgres":
      return [
        "PostgreSQL Database directory appears to contain a database; Skipping initialization",
        `${iso(ctx)} UTC [1] LOG:  starting PostgreSQL ${tag === "latest" ? "16.4" : tag} on x86_64-pc-linux-gnu`,
        `${iso(ctx)} UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432`,
        `${iso(ctx)} UTC [1] LOG:  database system is ready to accept connections`,
      ];
    case "ollama":
      return [
        `time=${iso(ctx)} level=INFO source=images.go:753 msg="total blobs: 0"`,
        `time=${iso(ctx)} level=INFO source=routes.go:1240 msg="Listening on [::]:11434 (version 0.5.7)"`,
        `time=${iso(ctx)} level=INFO source=gpu.go:226 msg="looking for compatible GPUs"`,
        `time=${iso(ctx)} level=INFO source=types.go:131 msg="inference compute" library=cuda compute=9.0 name="NVIDIA ${ctx.gpuModel.toUpperCase()}" total="80.0 GiB" count=${ctx.gpuUnits}`,
      ];
    case "vllm":
      return [
        `INFO ${iso(ctx)} api_server.py:712] vLLM API server version 0.6.4`,
        `INFO ${iso(ctx)} config.py:350] tensor_parallel_size=${Math.max(1, ctx.gpuUnits)}, dtype=bfloat16`,
        `INFO ${iso(ctx)} model_runner.py:1072] Loading model weights took 14.9912 GB`,
        `INFO ${iso(ctx)} gpu_executor.py:122] # GPU blocks: ${int(ctx, 18000, 26000)}, # CPU blocks: 2048`,
        `INFO ${iso(ctx)} launcher.py:19] Available routes are: /v1/models, /v1/completions, /v1/chat/completions`,
        `INFO:     Uvicorn running on http://0.0.0.0:${ctx.port} (Press CTRL+C to quit)`,
      ];
    case "jupyter":
      return [
        `[I ${iso(ctx)} ServerApp] jupyterlab | extension was successfully loaded.`,
        `[I ${iso(ctx)} ServerApp] Serving notebooks from local directory: /home/jovyan`,
        `[I ${iso(ctx)} ServerApp] Jupyter Server 2.14.2 is running at: http://0.0.0.0:${ctx.port}/lab`,
        `[I ${iso(ctx)} ServerApp] Use Control-C to stop this server and shut down all kernels.`,
      ];
    case "redis":
      return [
        `1:C ${iso(ctx)} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
        `1:M ${iso(ctx)} * Running mode=standalone, port=6379.`,
        `1:M ${iso(ctx)} * Server initialized`,
        `1:M ${iso(ctx)} * Ready to accept connections tcp`,
      ];
    default:
      return [
        `${iso(ctx)} INFO starting ${ctx.service} (${ctx.image})`,
        `${iso(ctx)} INFO configuration loaded from environment`,
        `${iso(ctx)} INFO listening on 0.0.0.0:${ctx.port}`,
      ];
  }
}

export function steadyLine(ctx: LogContext, n: number): string {
  switch (ctx.kind) {
    case "nginx":
      return accessLine(ctx, pick(ctx, PATHS), pick(ctx, [200, 200, 200, 304, 404]), int(ctx, 180, 9000));
    case "postgres":
      return n % 5 === 4
        ? `${iso(ctx)} UTC [${int(ctx, 60, 90)}] LOG:  checkpoint complete: wrote ${int(ctx, 3, 80)} buffers; write=${int(ctx, 1, 9)}.${int(ctx, 100, 999)} s`
        : `${iso(ctx)} UTC [${int(ctx, 100, 400)}] LOG:  connection authorized: user=app database=app application_name=api`;
    case "ollama":
      return `[GIN] ${iso(ctx)} | 200 | ${int(ctx, 120, 2900)}ms | ${clientIp(ctx)} | POST "/api/generate"`;
    case "vllm":
      return `INFO ${iso(ctx)} metrics.py:351] Avg prompt throughput: ${int(ctx, 50, 900)}.${int(ctx, 0, 9)} tokens/s, Avg generation throughput: ${int(ctx, 40, 320)}.${int(ctx, 0, 9)} tokens/s, Running: ${int(ctx, 0, 8)} reqs, GPU KV cache usage: ${int(ctx, 1, 60)}.${int(ctx, 0, 9)}%`;
    case "jupyter":
      return `[I ${iso(ctx)} ServerApp] ${pick(ctx, ["Saving file at /work/notebook.ipynb", "Kernel started: 4f1c9e2a", "200 GET /api/kernels (@" + clientIp(ctx) + ")"])}`;
    case "redis":
      return `1:M ${iso(ctx)} * ${pick(ctx, ["100 changes in 300 seconds. Saving...", "Background saving started by pid 58", "DB saved on disk", "Background saving terminated with success"])}`;
    default:
      return `${iso(ctx)} INFO request method=GET path=${pick(ctx, PATHS)} status=200 duration=${int(ctx, 1, 40)}ms`;
  }
}
