// One lease-shell exec against a simulated container: runs the requested argv; when that asks
// for an interactive shell and stdin is attached, reads lines from stdin. With a TTY it behaves
// like a terminal's line discipline (echo, backspace, ^C, ^D, ^U, ^L, CR → CRLF on output) and
// sends everything on stdout, as Kubernetes does when TTY is set (stderr is folded into it).
import { StringDecoder } from "node:string_decoder";
import type { ContainerShell, Outcome } from "../workloads/container-shell.ts";
import type { CommandIo } from "../workloads/shell-types.ts";
import { type ClientFrame, SHELL_STDERR, SHELL_STDOUT, outputFrame } from "./shell-frames.ts";

const MAX_LINE = 4096;
const CHUNK = 16 * 1024;

export interface SessionPorts {
  send(frame: Buffer): void;
  /** the exec ended with this exit code */
  finish(code: number): void;
}

export class ShellSession {
  private interactive = false;
  private nested = 0;
  private line = "";
  private escape: "" | "esc" | "csi" = "";
  private afterCr = false;
  private ended = false;
  private readonly decoder = new StringDecoder("utf8");
  private readonly io: CommandIo;

  constructor(
    private readonly shell: ContainerShell,
    private readonly opts: { tty: boolean; stdin: boolean },
    private readonly ports: SessionPorts,
  ) {
    this.io = {
      out: (d) => this.write(SHELL_STDOUT, d),
      err: (t) => this.write(opts.tty ? SHELL_STDOUT : SHELL_STDERR, t),
    };
  }

  start(argv: string[]): void {
    this.settle(this.shell.runArgv(argv, this.io));
  }

  input(frame: ClientFrame): void {
    if (this.ended || frame.kind !== "stdin" || !this.interactive) return;
    const text = this.decoder.write(frame.data);
    if (!this.opts.tty) {
      this.line += text;
      let nl: number;
      while (!this.ended && (nl = this.line.indexOf("\n")) >= 0) {
        const cmd = this.line.slice(0, nl);
        this.line = this.line.slice(nl + 1);
        this.settle(this.shell.runLine(cmd, this.io));
      }
      if (this.line.length > MAX_LINE) this.line = "";
      return;
    }
    for (const ch of text) if (!this.ended) this.key(ch);
  }

  private key(ch: string): void {
    if (this.escape) return this.escapeKey(ch);
    const cr = this.afterCr;
    this.afterCr = ch === "\r";
    if (ch === "\n" && cr) return;
    if (ch === "\r" || ch === "\n") {
      this.echo("\r\n");
      const cmd = this.line;
      this.line = "";
      return this.settle(this.shell.runLine(cmd, this.io));
    }
    if (ch === "\u007f" || ch === "\b") {
      if (!this.line) return;
      this.line = [...this.line].slice(0, -1).join("");
      return this.echo("\b \b");
    }
    if (ch === "\u0003") {
      this.line = "";
      this.echo("^C\r\n");
      return this.prompt();
    }
    if (ch === "\u0004") {
      if (this.line) return;
      this.echo("exit\r\n");
      return this.settle({ kind: "exit", code: this.shell.exitStatus });
    }
    if (ch === "\u0015") {
      this.echo("\b \b".repeat([...this.line].length));
      this.line = "";
      return;
    }
    if (ch === "\u000c") return this.echo(`\u001b[H\u001b[2J${this.promptText()}${this.line}`);
    if (ch === "\u001b") {
      this.escape = "esc";
      return;
    }
    if (ch < " " || this.line.length >= MAX_LINE) return;
    this.line += ch;
    this.echo(ch);
  }

  /** Arrow keys and other escape sequences: consumed, not typed (no history in this shell). */
  private escapeKey(ch: string): void {
    if (this.escape === "esc") this.escape = ch === "[" || ch === "O" ? "csi" : "";
    else if (ch >= "@" && ch <= "~") this.escape = "";
  }

  private settle(outcome: Outcome): void {
    if (outcome.kind === "interactive") {
      if (!this.opts.stdin) return this.end(0);
      if (this.interactive) this.nested++;
      this.interactive = true;
      this.shell.ctx.shellName = outcome.shell;
      return this.prompt();
    }
    if (outcome.kind === "exit" || !this.interactive) {
      if (outcome.kind === "exit" && this.nested > 0) {
        this.nested--;
        return this.prompt();
      }
      return this.end(outcome.code);
    }
    this.prompt();
  }

  private end(code: number): void {
    if (this.ended) return;
    this.ended = true;
    this.ports.finish(code);
  }

  private promptText(): string {
    const { ctx } = this.shell;
    if (ctx.shellName === "sh") return "# ";
    const home = ctx.env.get("HOME") ?? "/root";
    const where =
      ctx.cwd === home ? "~" : ctx.cwd.startsWith(home + "/") ? "~" + ctx.cwd.slice(home.length) : ctx.cwd;
    return `root@${ctx.pod}:${where}# `;
  }

  private prompt(): void {
    if (this.opts.tty) this.echo(this.promptText());
  }

  private echo(text: string): void {
    this.ports.send(outputFrame(SHELL_STDOUT, text));
  }

  private write(channel: typeof SHELL_STDOUT | typeof SHELL_STDERR, data: string | Buffer): void {
    let bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    // A terminal turns each LF into CR LF on output (ONLCR); a pipe passes bytes through.
    if (this.opts.tty) bytes = Buffer.from(bytes.toString("utf8").replace(/\r?\n/g, "\r\n"), "utf8");
    for (let i = 0; i < bytes.length; i += CHUNK)
      this.ports.send(outputFrame(channel, bytes.subarray(i, i + CHUNK)));
  }
}
