// The simulated container's shell: runs an argv the way `kubectl exec` would (no parsing), or a
// command line (sh -c, or a line typed in an interactive session) with the small language of
// shell-parse.ts, over the container's in-memory file system. `exec sh`, `exec bash` and a bare
// `sh` ask the session for an interactive shell; `exit` ends it.
import { type ContainerFs, FsError, resolvePath } from "./container-fs.ts";
import { hasBash } from "./container-image.ts";
import { COMMANDS, commandPath } from "./shell-commands.ts";
import { parseLine, type Redirect, type Step } from "./shell-parse.ts";
import type { CommandIo, ShellContext } from "./shell-types.ts";

export type Outcome =
  | { kind: "done"; code: number }
  | { kind: "exit"; code: number }
  | { kind: "interactive"; shell: "sh" | "bash" };

const SHELLS = new Set(["sh", "bash", "ash"]);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

type Sink = { io: 1 | 2 } | { file: string; chunks: Buffer[] } | { null: true };

export interface ShellFacts {
  fs: ContainerFs;
  pod: string;
  image: string;
  service: string;
  startedAt: number;
  /** the service's env from the manifest, NAME=value, as the container was started with it */
  env?: readonly string[];
  size(): { cols: number; rows: number };
}

export class ContainerShell {
  readonly ctx: ShellContext;
  private status = 0;

  constructor(facts: ShellFacts) {
    this.ctx = {
      ...facts,
      cwd: "/",
      shellName: "sh",
      env: new Map([
        ["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
        ["HOSTNAME", facts.pod],
        ["HOME", "/root"],
        ["AKASH_SERVICE", facts.service],
        ["TERM", "xterm"],
        ...(facts.env ?? []).flatMap((kv): [string, string][] => {
          const eq = kv.indexOf("=");
          return eq > 0 ? [[kv.slice(0, eq), kv.slice(eq + 1)]] : [];
        }),
      ]),
    };
  }

  get exitStatus(): number {
    return this.status;
  }

  /** Runs one command line; output goes to `io` unless redirected. */
  runLine(line: string, io: CommandIo): Outcome {
    const parsed = this.parse(line, io);
    if (!parsed) return { kind: "done", code: 2 };
    for (const step of parsed) {
      if ((step.when === "&&" && this.status !== 0) || (step.when === "||" && this.status === 0)) continue;
      // Expanded now, so `A=1; echo $A` sees what the step before set.
      const [command] = this.parse(step.text, io) ?? [];
      if (!command) return { kind: "done", code: 2 };
      const { argv, redirects } = command.command;
      const outcome = this.withRedirects(redirects, io, (out) => this.runArgv(argv, out));
      if (outcome.kind !== "done") return outcome;
      this.status = outcome.code;
    }
    return { kind: "done", code: this.status };
  }

  private parse(line: string, io: CommandIo): Step[] | null {
    const vars = (name: string) => (name === "?" ? String(this.status) : (this.ctx.env.get(name) ?? ""));
    const parsed = parseLine(line, vars);
    if (parsed.ok) return parsed.steps;
    io.err(`${this.ctx.shellName}: ${parsed.error}\n`);
    this.status = 2;
    return null;
  }

  /** Runs argv as an exec does: the first word names the program, the rest are its arguments. */
  runArgv(argv: string[], io: CommandIo): Outcome {
    const [name = "", ...args] = argv;
    const bare = name.split("/").pop() ?? name;
    if (argv.length > 0 && argv.every((a) => ASSIGNMENT.test(a))) {
      for (const a of argv) {
        const [, k = "", v = ""] = ASSIGNMENT.exec(a) ?? [];
        this.ctx.env.set(k, v);
      }
      return { kind: "done", code: 0 };
    }
    if (SHELLS.has(bare) && (bare !== "bash" || hasBash(this.ctx.image))) return this.shell(bare, args, io);
    switch (bare) {
      case "exit":
        return { kind: "exit", code: args[0] === undefined ? this.status : Number(args[0]) & 255 };
      case "exec": {
        if (args.length === 0) return { kind: "done", code: 0 };
        const next = this.runArgv(args, io);
        return next.kind === "done" ? { kind: "exit", code: next.code } : next;
      }
      case "export":
        return this.runArgv(args.length ? args : ["printenv"], io);
      case "command":
      case "which":
        return this.which(
          args.filter((a) => a !== "-v"),
          io,
        );
      case "help":
        io.out(`Simulated container shell (localnet). Commands: ${Object.keys(COMMANDS).sort().join(" ")}\n`);
        return { kind: "done", code: 0 };
    }
    const run = commandPath(bare, this.ctx) ? COMMANDS[bare] : undefined;
    if (!run) {
      const msg =
        this.ctx.shellName === "bash" ? `bash: ${name}: command not found\n` : `sh: 1: ${name}: not found\n`;
      io.err(msg);
      return { kind: "done", code: 127 };
    }
    const result = run(args, this.ctx, io);
    if (typeof result === "number") return { kind: "done", code: result };
    if ("exit" in result) return { kind: "exit", code: result.exit };
    return this.runArgv(result.exec, io);
  }

  /** Whether an exec of this program would find it (else the provider says it does not exist). */
  canExec(program: string): boolean {
    const bare = program.split("/").pop() ?? program;
    if (bare === "bash") return hasBash(this.ctx.image);
    return SHELLS.has(bare) || (commandPath(bare, this.ctx)?.startsWith("/") ?? false);
  }

  private shell(name: string, args: string[], io: CommandIo): Outcome {
    const shell = name === "bash" ? "bash" : "sh";
    if (args[0] !== "-c") return { kind: "interactive", shell };
    const outer = this.ctx.shellName;
    this.ctx.shellName = shell;
    const outcome = this.runLine(args[1] ?? "", io);
    this.ctx.shellName = outer;
    return outcome.kind === "exit" ? { kind: "done", code: outcome.code } : outcome;
  }

  private which(names: string[], io: CommandIo): Outcome {
    let code = 0;
    for (const n of names) {
      const path = commandPath(n, this.ctx);
      if (path && (n !== "bash" || hasBash(this.ctx.image))) io.out(path + "\n");
      else code = 1;
    }
    return { kind: "done", code };
  }

  private withRedirects(redirects: Redirect[], io: CommandIo, run: (io: CommandIo) => Outcome): Outcome {
    const sinks: Record<1 | 2, Sink> = { 1: { io: 1 }, 2: { io: 2 } };
    const files: { file: string; append: boolean; chunks: Buffer[] }[] = [];
    for (const r of redirects) {
      if ("fd" in r.to) {
        sinks[r.fd] = sinks[r.to.fd];
        continue;
      }
      const path = resolvePath(this.ctx.cwd, r.to.file);
      if (path === "/dev/null") {
        sinks[r.fd] = { null: true };
        continue;
      }
      const sink = { file: path, append: r.to.append, chunks: [] as Buffer[] };
      try {
        // The file is created (or emptied) before the command runs, as a shell opens it first.
        this.ctx.fs.write(path, Buffer.alloc(0), r.to.append);
      } catch (err) {
        io.err(
          `${this.ctx.shellName}: 1: cannot create ${r.to.file}: ${err instanceof FsError ? err.message : ""}\n`,
        );
        return { kind: "done", code: 2 };
      }
      files.push(sink);
      sinks[r.fd] = sink;
    }
    const write = (sink: Sink, data: string | Buffer) => {
      if ("null" in sink) return;
      if ("file" in sink) sink.chunks.push(Buffer.from(data));
      else if (sink.io === 1) io.out(data);
      else io.err(data.toString());
    };
    const outcome = run({ out: (d) => write(sinks[1], d), err: (t) => write(sinks[2], t) });
    for (const f of files) {
      try {
        this.ctx.fs.write(f.file, Buffer.concat(f.chunks), true);
      } catch (err) {
        io.err(`${this.ctx.shellName}: write error: ${err instanceof FsError ? err.message : ""}\n`);
        return { kind: "done", code: 1 };
      }
    }
    return outcome;
  }
}
