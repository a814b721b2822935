// Which kind of software an image is, so logs, events and the landing page look like it.
export type ImageKind = "nginx" | "postgres" | "ollama" | "vllm" | "jupyter" | "redis" | "generic";

const PATTERNS: [RegExp, ImageKind][] = [
  [/nginx|httpd|caddy|traefik/i, "nginx"],
  [/postgres|postgis|timescale/i, "postgres"],
  [/ollama/i, "ollama"],
  [/vllm|text-generation-inference|tgi|sglang/i, "vllm"],
  [/jupyter|notebook|pytorch-notebook/i, "jupyter"],
  [/redis|valkey|keydb/i, "redis"],
];

export function imageKind(image: string): ImageKind {
  return PATTERNS.find(([re]) => re.test(image))?.[1] ?? "generic";
}

/** The tag of an image reference, "latest" when none is given. */
export function imageTag(image: string): string {
  const last = image.split("/").pop() ?? image;
  const at = last.indexOf(":");
  return at >= 0 ? last.slice(at + 1) : "latest";
}
