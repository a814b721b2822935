// The command-line language of the simulated container shell: words with '…', "…" and \
// quoting, $VAR / ${VAR} / $? expansion, `;`, `&&`, `||`, output redirection (`>`, `>>`, `2>`,
// `2>&1`, `>&2`) and `#` comments. Pipes, background jobs and input redirection are refused with
// a message rather than half-done: this is a sandbox, not a POSIX shell.

export interface Redirect {
  fd: 1 | 2;
  /** a file path, or the other descriptor for a duplication (2>&1) */
  to: { file: string; append: boolean } | { fd: 1 | 2 };
}

export interface SimpleCommand {
  argv: string[];
  redirects: Redirect[];
}

export interface Step {
  /** how this command depends on the one before: always, only after success, only after failure */
  when: ";" | "&&" | "||";
  command: SimpleCommand;
  /** the command's own text: expand it again when it runs, after the steps before it set variables */
  text: string;
}

export type Parsed = { ok: true; steps: Step[] } | { ok: false; error: string };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

class Lexer {
  i = 0;
  constructor(
    readonly s: string,
    readonly vars: (name: string) => string,
  ) {}

  get ch(): string {
    return this.s[this.i] ?? "";
  }

  expand(): string {
    this.i++;
    if (this.ch === "?" || this.ch === "$") return this.vars(this.s[this.i++] ?? "");
    if (this.ch === "{") {
      const end = this.s.indexOf("}", this.i);
      if (end < 0) throw new Error("bad substitution");
      const name = this.s.slice(this.i + 1, end);
      this.i = end + 1;
      return this.vars(name);
    }
    const name = NAME.exec(this.s.slice(this.i))?.[0];
    if (!name) return "$";
    this.i += name.length;
    return this.vars(name);
  }

  quoted(quote: "'" | '"'): string {
    this.i++;
    let out = "";
    while (this.i < this.s.length && this.ch !== quote) {
      if (quote === '"' && this.ch === "$") out += this.expand();
      else if (quote === '"' && this.ch === "\\" && '"\\$`'.includes(this.s[this.i + 1] ?? "")) {
        out += this.s[this.i + 1];
        this.i += 2;
      } else out += this.s[this.i++];
    }
    if (this.ch !== quote) throw new Error(`unexpected EOF while looking for matching \`${quote}'`);
    this.i++;
    return out;
  }

  /** One word, or null at an operator, a redirection or the end. */
  word(): string | null {
    let out = "";
    let any = false;
    while (this.i < this.s.length && !/[\s;&|<>]/.test(this.ch)) {
      any = true;
      if (this.ch === "'" || this.ch === '"') out += this.quoted(this.ch);
      else if (this.ch === "\\") {
        out += this.s[this.i + 1] ?? "";
        this.i += 2;
      } else if (this.ch === "$") out += this.expand();
      else out += this.s[this.i++];
    }
    return any ? out : null;
  }

  skipSpace(): void {
    while (/\s/.test(this.ch)) this.i++;
  }
}

function redirect(lx: Lexer, fd: 1 | 2, cmd: SimpleCommand): void {
  lx.i++;
  const append = lx.ch === ">";
  if (append) lx.i++;
  if (lx.ch === "&") {
    lx.i++;
    const other = lx.word();
    if (other !== "1" && other !== "2") throw new Error(`${other ?? ""}: ambiguous redirect`);
    cmd.redirects.push({ fd, to: { fd: other === "1" ? 1 : 2 } });
    return;
  }
  lx.skipSpace();
  const file = lx.word();
  if (!file) throw new Error("syntax error near unexpected token `newline'");
  cmd.redirects.push({ fd, to: { file, append } });
}

export function parseLine(line: string, vars: (name: string) => string): Parsed {
  const lx = new Lexer(line, vars);
  const steps: Step[] = [];
  let cmd: SimpleCommand = { argv: [], redirects: [] };
  let when: Step["when"] = ";";
  let start = 0;
  const finish = (next: Step["when"], end: number) => {
    if (cmd.argv.length === 0 && cmd.redirects.length === 0)
      throw new Error(`syntax error near unexpected token \`${next}'`);
    steps.push({ when, command: cmd, text: line.slice(start, end) });
    cmd = { argv: [], redirects: [] };
    when = next;
    start = lx.i;
  };
  try {
    for (;;) {
      lx.skipSpace();
      const c = lx.ch;
      if (c === "" || (c === "#" && cmd.argv.length === 0)) break;
      const op =
        c === ";" ? ";" : line.startsWith("&&", lx.i) ? "&&" : line.startsWith("||", lx.i) ? "||" : null;
      if (op) {
        const at = lx.i;
        lx.i += op.length;
        finish(op, at);
      } else if (c === "|") return { ok: false, error: "pipes are not available in this simulated shell" };
      else if (c === "&" && line[lx.i + 1] === ">") {
        lx.i++;
        redirect(lx, 1, cmd);
        cmd.redirects.push({ fd: 2, to: { fd: 1 } });
      } else if (c === "&")
        return { ok: false, error: "background jobs are not available in this simulated shell" };
      else if (c === "<")
        return { ok: false, error: "input redirection is not available in this simulated shell" };
      else if (c === ">") redirect(lx, 1, cmd);
      else {
        const wordStart = lx.i;
        const w = lx.word() ?? "";
        // "2>" and "1>" (unquoted, right before >) name a descriptor, not an argument.
        if ((w === "1" || w === "2") && lx.i - wordStart === 1 && lx.ch === ">")
          redirect(lx, w === "1" ? 1 : 2, cmd);
        else cmd.argv.push(w);
      }
    }
    if (cmd.argv.length > 0 || cmd.redirects.length > 0) finish(";", lx.i);
    else if (steps.length > 0 && when !== ";") throw new Error("syntax error: unexpected end of file");
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  return { ok: true, steps };
}
