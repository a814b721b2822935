// The template gallery: SDL files kept in this folder, with what a tenant needs to choose one.
// Each is priced in ACT and must pass our lint with zero errors (catalog.test.ts), so a broken
// template fails CI instead of a deployment. GPU models are ones the local providers offer.
import appDatabase from "./app-database.yaml?raw";
import comfyui from "./comfyui.yaml?raw";
import jupyterGpu from "./jupyter-gpu.yaml?raw";
import ollamaLlm from "./ollama-llm.yaml?raw";
import postgres from "./postgres.yaml?raw";
import privateRegistry from "./private-registry.yaml?raw";
import staticSite from "./static-site.yaml?raw";
import vllmOpenai from "./vllm-openai.yaml?raw";
import webServer from "./web-server.yaml?raw";

export type TemplateCategory = "GPU / AI" | "Web" | "Database" | "Private image";

export interface SdlTemplate {
  id: string;
  title: string;
  description: string;
  category: TemplateCategory;
  /** one line, e.g. "1 × H100 or A100 80Gi · 8 CPU · 32 GiB" */
  resources: string;
  /** the SDL's maximum price per block, all replicas (the estimate shown is per month from this) */
  maxPricePerBlockUact: number;
  sdl: string;
}

export const TEMPLATES: readonly SdlTemplate[] = [
  {
    id: "ollama-llm",
    title: "Ollama LLM server",
    description: "Run open models (Llama, Qwen, DeepSeek) behind Ollama's HTTP API on one H100 or A100.",
    category: "GPU / AI",
    resources: "1 × H100 or A100 80Gi · 8 CPU · 32 GiB · 100 GiB persistent",
    maxPricePerBlockUact: 4000,
    sdl: ollamaLlm,
  },
  {
    id: "vllm-openai",
    title: "vLLM, OpenAI-compatible API",
    description: "Serve Qwen2.5-7B-Instruct with vLLM's OpenAI-compatible /v1 endpoints.",
    category: "GPU / AI",
    resources: "1 × A100 80Gi · 8 CPU · 48 GiB · 80 GiB persistent",
    maxPricePerBlockUact: 2500,
    sdl: vllmOpenai,
  },
  {
    id: "comfyui",
    title: "ComfyUI (Stable Diffusion)",
    description: "Node-based Stable Diffusion / Flux image generation UI on an RTX 4090.",
    category: "GPU / AI",
    resources: "1 × RTX 4090 24Gi · 4 CPU · 16 GiB · 50 GiB persistent",
    maxPricePerBlockUact: 900,
    sdl: comfyui,
  },
  {
    id: "jupyter-gpu",
    title: "Jupyter with a GPU",
    description: "PyTorch notebook with CUDA 12; your work folder survives restarts.",
    category: "GPU / AI",
    resources: "1 × RTX 4090 · 4 CPU · 16 GiB · 20 GiB persistent",
    maxPricePerBlockUact: 900,
    sdl: jupyterGpu,
  },
  {
    id: "web-server",
    title: "Web server (nginx)",
    description: "A plain nginx on port 80: the smallest useful deployment.",
    category: "Web",
    resources: "0.5 CPU · 512 MiB · 1 GiB",
    maxPricePerBlockUact: 5,
    sdl: webServer,
  },
  {
    id: "static-site",
    title: "Static site (Caddy)",
    description: "Caddy serving a static page; replace the page with your own build.",
    category: "Web",
    resources: "0.25 CPU · 256 MiB · 512 MiB",
    maxPricePerBlockUact: 3,
    sdl: staticSite,
  },
  {
    id: "postgres",
    title: "PostgreSQL with a persistent volume",
    description: "Postgres 16 whose data lives on a persistent beta3 volume.",
    category: "Database",
    resources: "1 CPU · 2 GiB · 20 GiB persistent",
    maxPricePerBlockUact: 15,
    sdl: postgres,
  },
  {
    id: "app-database",
    title: "App + database (WordPress + MariaDB)",
    description: "Two services: the app is public, the database is reachable only from the app.",
    category: "Database",
    resources: "2 services · 2 CPU · 2 GiB · 10 GiB persistent",
    maxPricePerBlockUact: 22,
    sdl: appDatabase,
  },
  {
    id: "private-registry",
    title: "Image from a private registry",
    description: "Pull your own image from GHCR (or any registry) with a read-only token.",
    category: "Private image",
    resources: "1 CPU · 1 GiB · 2 GiB",
    maxPricePerBlockUact: 10,
    sdl: privateRegistry,
  },
];

export function findTemplate(id: string): SdlTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
