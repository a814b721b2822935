// The commands of the simulated container shell, over the container's in-memory file system and
// the workload's facts. Each takes argv and writes to its output; none reaches the host (no
// child_process, no fs): `ps`, `df` and `free` describe the simulated container, not this machine.
import { FsError, resolvePath } from "./container-fs.ts";
import { BIN } from "./container-image.ts";
import { systemCommands } from "./shell-system.ts";
import type { Command, CommandIo, ShellContext } from "./shell-types.ts";

export type { Command, CommandIo, CommandResult, ShellContext } from "./shell-types.ts";

const MAX_SEQ = 100_000;

function fail(io: CommandIo, cmd: string, path: string, err: unknown): number {
  io.err(`${cmd}: ${path}: ${err instanceof FsError ? err.message : String(err)}\n`);
  return 1;
}

/** Splits "-abc" style flags from operands ("--" ends the flags). */
function flags(args: string[]): { set: Set<string>; rest: string[] } {
  const set = new Set<string>();
  const rest: string[] = [];
  let done = false;
  for (const a of args) {
    if (!done && a === "--") done = true;
    else if (!done && /^-[A-Za-z]+$/.test(a)) for (const f of a.slice(1)) set.add(f);
    else rest.push(a);
  }
  return { set, rest };
}

/** "-n 5", "-n5" or "-5" for head and tail. */
function lineCount(args: string[]): { n: number; files: string[] } {
  let n = 10;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? "";
    if (a === "-n") n = Number(args[++i]);
    else if (/^-n\d+$/.test(a)) n = Number(a.slice(2));
    else if (/^-\d+$/.test(a)) n = Number(a.slice(1));
    else files.push(a);
  }
  return { n: Number.isFinite(n) ? n : 10, files };
}

const lines = (data: Buffer): string[] => {
  const text = data.toString("utf8");
  const all = text.split("\n");
  return text.endsWith("\n") ? all.slice(0, -1) : all;
};

function ls(args: string[], ctx: ShellContext, io: CommandIo): number {
  const { set, rest } = flags(args);
  let code = 0;
  const targets = rest.length ? rest : ["."];
  for (const t of targets) {
    const path = resolvePath(ctx.cwd, t);
    const node = ctx.fs.stat(path);
    if (!node) {
      io.err(`ls: cannot access '${t}': No such file or directory\n`);
      code = 2;
      continue;
    }
    const names =
      node.type === "dir" ? ctx.fs.list(path).filter((n) => set.has("a") || !n.startsWith(".")) : [t];
    if (targets.length > 1 && node.type === "dir") io.out(`${t}:\n`);
    if (!set.has("l")) {
      if (names.length) io.out(names.join(set.has("1") ? "\n" : "  ") + "\n");
      continue;
    }
    for (const name of names) {
      const child = node.type === "dir" ? ctx.fs.stat(`${path}/${name}`) : node;
      const size = child?.type === "file" ? child.data.length : 4096;
      const mode = child?.type === "dir" ? "drwxr-xr-x" : "-rw-r--r--";
      const date = (child?.mtime ?? new Date()).toUTCString().slice(5, 22);
      io.out(`${mode} 1 root root ${String(size).padStart(6)} ${date} ${name}\n`);
    }
  }
  return code;
}

function readEach(cmd: string, files: string[], ctx: ShellContext, io: CommandIo, each: (d: Buffer) => void) {
  let code = 0;
  for (const f of files) {
    try {
      each(ctx.fs.read(resolvePath(ctx.cwd, f)));
    } catch (err) {
      code = fail(io, cmd, f, err);
    }
  }
  return code;
}

const fileCommands: Record<string, Command> = {
  ls,
  pwd: (_a, ctx, io) => (io.out(ctx.cwd + "\n"), 0),
  cd: (args, ctx, io) => {
    const target = resolvePath(ctx.cwd, args[0] ?? ctx.env.get("HOME") ?? "/");
    const node = ctx.fs.stat(target);
    if (node?.type !== "dir") {
      io.err(
        `${ctx.shellName}: cd: ${args[0] ?? ""}: ${node ? "Not a directory" : "No such file or directory"}\n`,
      );
      return 1;
    }
    ctx.cwd = target;
    return 0;
  },
  cat: (args, ctx, io) => {
    const { rest } = flags(args);
    if (rest.length === 0) return (io.err("cat: reading standard input is not available here\n"), 1);
    return readEach("cat", rest, ctx, io, (d) => io.out(d));
  },
  head: (args, ctx, io) => {
    const { n, files } = lineCount(args);
    return readEach("head", files, ctx, io, (d) =>
      io.out(
        lines(d)
          .slice(0, n)
          .map((l) => l + "\n")
          .join(""),
      ),
    );
  },
  tail: (args, ctx, io) => {
    const { n, files } = lineCount(args);
    return readEach("tail", files, ctx, io, (d) =>
      io.out(
        lines(d)
          .slice(-n)
          .map((l) => l + "\n")
          .join(""),
      ),
    );
  },
  wc: (args, ctx, io) => {
    const { set, rest } = flags(args);
    return readEach("wc", rest, ctx, io, (d) => {
      const counts = { l: lines(d).length, w: d.toString().split(/\s+/).filter(Boolean).length, c: d.length };
      const picked = (["l", "w", "c"] as const).filter((k) => set.size === 0 || set.has(k));
      io.out(picked.map((k) => counts[k]).join(" ") + ` ${rest.length === 1 ? (rest[0] ?? "") : ""}\n`);
    });
  },
  mkdir: (args, ctx, io) => {
    const { set, rest } = flags(args);
    let code = 0;
    for (const d of rest) {
      try {
        ctx.fs.mkdir(resolvePath(ctx.cwd, d), set.has("p"));
      } catch (err) {
        code = fail(io, "mkdir: cannot create directory", `'${d}'`, err);
      }
    }
    return code;
  },
  touch: (args, ctx, io) => {
    let code = 0;
    for (const f of args) {
      const path = resolvePath(ctx.cwd, f);
      try {
        ctx.fs.write(path, Buffer.alloc(0), true);
      } catch (err) {
        code = fail(io, "touch: cannot touch", `'${f}'`, err);
      }
    }
    return code;
  },
  rm: (args, ctx, io) => {
    const { set, rest } = flags(args);
    let code = 0;
    for (const f of rest) {
      try {
        ctx.fs.remove(resolvePath(ctx.cwd, f), set.has("r") || set.has("R"));
      } catch (err) {
        if (!set.has("f")) code = fail(io, "rm: cannot remove", `'${f}'`, err);
      }
    }
    return code;
  },
  cp: (args, ctx, io) => copyOrMove("cp", args, ctx, io, false),
  mv: (args, ctx, io) => copyOrMove("mv", args, ctx, io, true),
  seq: (args, _ctx, io) => {
    const [a, b] = args.map(Number);
    const [from, to] = b === undefined ? [1, a ?? 0] : [a ?? 1, b];
    if (!Number.isInteger(from) || !Number.isInteger(to)) return (io.err("seq: invalid argument\n"), 1);
    const out: string[] = [];
    for (let i = from; i <= to && out.length < MAX_SEQ; i++) out.push(String(i));
    if (out.length) io.out(out.join("\n") + "\n");
    return 0;
  },
};

function copyOrMove(cmd: string, args: string[], ctx: ShellContext, io: CommandIo, move: boolean): number {
  const { rest } = flags(args);
  const [src, dst] = rest;
  if (!src || !dst || rest.length > 2) return (io.err(`${cmd}: expected a source and a destination\n`), 1);
  try {
    const from = resolvePath(ctx.cwd, src);
    let to = resolvePath(ctx.cwd, dst);
    if (ctx.fs.stat(to)?.type === "dir") to = resolvePath(to, from.split("/").pop() ?? "");
    ctx.fs.write(to, Buffer.from(ctx.fs.read(from)));
    if (move) ctx.fs.remove(from);
    return 0;
  } catch (err) {
    return fail(io, cmd, src, err);
  }
}

/** Everything the shell can run by name (builtins of the session are handled by the session). */
export const COMMANDS: Record<string, Command> = { ...fileCommands, ...systemCommands };

/** Where `command -v` finds a command: builtins print their name, the rest live in /bin. */
export function commandPath(name: string, ctx: ShellContext): string | null {
  if (["cd", "exit", "exec", "export", "command"].includes(name)) return name;
  const bare = name.split("/").pop() ?? name;
  if (!(BIN as readonly string[]).includes(bare) && bare !== "bash") return null;
  return ctx.fs.stat(`/bin/${bare}`) ? `/bin/${bare}` : null;
}
