// `akash-console`: headless deploys for CI with the browser console's own code (docs/cli.md).
// Prints one JSON document on stdout (logs: the log lines), progress on stderr, and exits with
// a documented code (errors.ts).
import { parseArgs } from "node:util";
import { deploy } from "./commands/deploy";
import { bids, close, deposit, leases, logs, status, update } from "./commands/manage";
import { ENV_DOCS } from "./context";
import { CliError, EXIT, type ExitCode } from "./errors";
import { withSession, type Session } from "./session";

const USAGE = `Usage: akash-console <command> [flags]

Mutations (signed, receipts appended to AKASH_RECEIPTS, one at a time per account):
  deploy  --sdl FILE --reason TEXT [--pick cheapest|audited|ADDRESS|KEY=VALUE] [--deposit UACT]
          [--wait-ready] [--dry-run]
  update  --dseq N --sdl FILE --reason TEXT [--wait-ready] [--dry-run]
  deposit --dseq N --amount UACT --reason TEXT [--denom uact] [--dry-run]
  close   --dseq N --reason TEXT [--dry-run]
Reads:
  status  --dseq N          bids --dseq N          leases [--dseq N] [--state active|closed]
  logs    --dseq N [--seconds 10] [--tail 100]

Environment:
${Object.entries(ENV_DOCS)
  .map(([k, v]) => `  ${k.padEnd(24)} ${v}`)
  .join("\n")}

Exit codes: ${Object.entries(EXIT)
  .map(([k, v]) => `${v} ${k}`)
  .join(", ")} (docs/cli.md).`;

const FLAGS = {
  sdl: { type: "string" },
  reason: { type: "string" },
  pick: { type: "string", default: "cheapest" },
  deposit: { type: "string" },
  amount: { type: "string" },
  denom: { type: "string", default: "uact" },
  dseq: { type: "string" },
  state: { type: "string" },
  seconds: { type: "string", default: "10" },
  tail: { type: "string", default: "100" },
  "wait-ready": { type: "boolean", default: false },
  "dry-run": { type: "boolean", default: false },
  "bid-timeout": { type: "string", default: "120" },
  "ready-timeout": { type: "string", default: "300" },
  help: { type: "boolean", short: "h", default: false },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof FLAGS; allowPositionals: true }>>["values"];

const MUTATIONS = new Set(["deploy", "update", "deposit", "close"]);

function required(v: Values, name: "sdl" | "reason" | "dseq" | "amount"): string {
  const value = v[name]?.trim();
  if (!value) throw new CliError(EXIT.USAGE, `--${name} is required.\n\n${USAGE}`);
  return value;
}

function positiveInt(text: string, name: string): string {
  if (!/^\d+$/.test(text) || text === "0")
    throw new CliError(EXIT.USAGE, `--${name} must be a positive integer.`);
  return text;
}

function seconds(text: string | undefined, name: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new CliError(EXIT.USAGE, `--${name} must be a number of seconds.`);
  return n * 1000;
}

function commandFor(name: string, v: Values): (s: Session) => Promise<unknown> {
  const dryRun = v["dry-run"];
  const dseq = () => positiveInt(required(v, "dseq"), "dseq");
  switch (name) {
    case "deploy":
      return (s) =>
        deploy(s, {
          sdl: required(v, "sdl"),
          pick: v.pick,
          deposit: positiveInt(v.deposit ?? "5000000", "deposit"),
          waitReady: v["wait-ready"],
          dryRun,
          bidTimeoutMs: seconds(v["bid-timeout"], "bid-timeout"),
          readyTimeoutMs: seconds(v["ready-timeout"], "ready-timeout"),
        });
    case "update":
      return (s) =>
        update(s, {
          dseq: dseq(),
          sdl: required(v, "sdl"),
          dryRun,
          waitReady: v["wait-ready"],
          readyTimeoutMs: seconds(v["ready-timeout"], "ready-timeout"),
        });
    case "deposit":
      return (s) =>
        deposit(s, {
          dseq: dseq(),
          amount: positiveInt(required(v, "amount"), "amount"),
          denom: v.denom,
          dryRun,
        });
    case "close":
      return (s) => close(s, { dseq: dseq(), dryRun });
    case "status":
      return (s) => status(s, { dseq: dseq() });
    case "bids":
      return (s) => bids(s, { dseq: dseq() });
    case "leases":
      return (s) => leases(s, { dseq: v.dseq ?? null, state: v.state ?? null });
    case "logs":
      return (s) =>
        logs(s, {
          dseq: dseq(),
          seconds: seconds(v.seconds, "seconds") / 1000,
          tail: Number(positiveInt(v.tail, "tail")),
        });
    default:
      throw new CliError(EXIT.USAGE, `Unknown command "${name}".\n\n${USAGE}`);
  }
}

export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<ExitCode> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: FLAGS,
      allowPositionals: true,
      strict: true,
    });
    const [name] = positionals;
    if (values.help || !name) {
      process.stdout.write(`${USAGE}\n`);
      return name || values.help ? EXIT.OK : EXIT.USAGE;
    }
    const mutation = MUTATIONS.has(name);
    // Every signature says why: a receipt without a reason is not accepted from CI.
    const reason = mutation && !values["dry-run"] ? required(values, "reason") : (values.reason ?? null);
    const run = commandFor(name, values);
    const out = await withSession(
      name,
      { mutation: mutation && !values["dry-run"], reason, processEnv: env },
      run,
    );
    if (out !== null) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return EXIT.OK;
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`akash-console: ${err.message}\n`);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(
      `akash-console: ${/Unknown option|Option '|Unexpected argument/.test(message) ? `${message}\n\n${USAGE}` : message}\n`,
    );
    return /Unknown option|Option '|Unexpected argument/.test(message) ? EXIT.USAGE : EXIT.ERROR;
  }
}
