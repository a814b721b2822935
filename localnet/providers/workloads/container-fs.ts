// The writable file system of one simulated container: an in-memory tree seeded with what the
// image would ship, changed only by the lease shell's commands, capped in files and bytes (a
// container's ephemeral storage is finite too), gone when the workload stops. It never touches
// the host's file system: paths are strings in a map, normalized before every use.

export interface FsLimits {
  maxFiles: number;
  maxBytes: number;
}

export type FsNode = { type: "dir"; mtime: Date } | { type: "file"; data: Buffer; mtime: Date };

const DEFAULT_LIMITS: FsLimits = { maxFiles: 512, maxBytes: 4 * 1024 * 1024 };

export class FsError extends Error {}

/** An absolute, normalized path ("/a/b"), resolving "." and ".." against `cwd`. */
export function resolvePath(cwd: string, path: string): string {
  const parts: string[] = [];
  for (const part of (path.startsWith("/") ? path : `${cwd}/${path}`).split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return "/" + parts.join("/");
}

const parentOf = (path: string): string => path.slice(0, path.lastIndexOf("/")) || "/";

export class ContainerFs {
  private readonly nodes = new Map<string, FsNode>([["/", { type: "dir", mtime: new Date() }]]);
  private bytes = 0;

  constructor(
    seed: Record<string, string | Buffer>,
    private readonly limits: FsLimits = DEFAULT_LIMITS,
  ) {
    for (const [path, content] of Object.entries(seed)) {
      if (path.endsWith("/")) this.mkdir(path, true);
      else {
        this.mkdir(parentOf(path), true);
        this.write(path, typeof content === "string" ? Buffer.from(content) : content);
      }
    }
  }

  stat(path: string): FsNode | undefined {
    return this.nodes.get(resolvePath("/", path));
  }

  read(path: string): Buffer {
    const node = this.stat(path);
    if (!node) throw new FsError("No such file or directory");
    if (node.type === "dir") throw new FsError("Is a directory");
    return node.data;
  }

  /** Names in a directory, sorted like ls. */
  list(path: string): string[] {
    const dir = resolvePath("/", path);
    const node = this.nodes.get(dir);
    if (!node) throw new FsError("No such file or directory");
    if (node.type !== "dir") throw new FsError("Not a directory");
    const prefix = dir === "/" ? "/" : `${dir}/`;
    return [...this.nodes.keys()]
      .filter((p) => p !== dir && p.startsWith(prefix) && !p.slice(prefix.length).includes("/"))
      .map((p) => p.slice(prefix.length))
      .sort();
  }

  write(path: string, data: Buffer, append = false): void {
    const file = resolvePath("/", path);
    const parent = this.nodes.get(parentOf(file));
    if (!parent) throw new FsError("No such file or directory");
    if (parent.type !== "dir") throw new FsError("Not a directory");
    const old = this.nodes.get(file);
    if (old?.type === "dir") throw new FsError("Is a directory");
    const next = append && old ? Buffer.concat([old.data, data]) : data;
    const grow = next.length - (old?.data.length ?? 0);
    if (!old && this.nodes.size >= this.limits.maxFiles) throw new FsError("No space left on device");
    if (this.bytes + grow > this.limits.maxBytes) throw new FsError("No space left on device");
    this.bytes += grow;
    this.nodes.set(file, { type: "file", data: next, mtime: new Date() });
  }

  mkdir(path: string, parents = false): void {
    const dir = resolvePath("/", path);
    const existing = this.nodes.get(dir);
    if (existing) {
      if (parents && existing.type === "dir") return;
      throw new FsError("File exists");
    }
    const parent = parentOf(dir);
    if (!this.nodes.has(parent)) {
      if (!parents) throw new FsError("No such file or directory");
      this.mkdir(parent, true);
    }
    if (this.nodes.get(parent)?.type !== "dir") throw new FsError("Not a directory");
    if (this.nodes.size >= this.limits.maxFiles) throw new FsError("No space left on device");
    this.nodes.set(dir, { type: "dir", mtime: new Date() });
  }

  remove(path: string, recursive = false): void {
    const target = resolvePath("/", path);
    const node = this.nodes.get(target);
    if (!node) throw new FsError("No such file or directory");
    if (target === "/") throw new FsError("Device or resource busy");
    if (node.type === "dir") {
      if (!recursive) throw new FsError("Is a directory");
      for (const child of this.list(target)) this.remove(`${target}/${child}`, true);
    } else this.bytes -= node.data.length;
    this.nodes.delete(target);
  }
}
