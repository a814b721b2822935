// The simulated container's system commands: identity, environment, time, processes, disk and
// memory, terminal size. They describe the container (its pod name, image, the terminal size the
// client sent), never the machine localnet runs on.
import type { Command } from "./shell-types.ts";

const KERNEL = "6.8.0-49-generic";

const uname: Command = (args, ctx, io) => {
  const all = args.includes("-a");
  const parts: string[] = [];
  if (all || args.length === 0 || args.includes("-s")) parts.push("Linux");
  if (all || args.includes("-n")) parts.push(ctx.pod);
  if (all || args.includes("-r")) parts.push(KERNEL);
  if (all) parts.push("#49-Ubuntu SMP PREEMPT_DYNAMIC");
  if (all || args.includes("-m")) parts.push("x86_64");
  if (all) parts.push("GNU/Linux");
  io.out(parts.join(" ") + "\n");
  return 0;
};

const uptime: Command = (_a, ctx, io) => {
  const mins = Math.floor((Date.now() - ctx.startedAt) / 60_000);
  const time = new Date().toISOString().slice(11, 19);
  io.out(` ${time} up ${mins} min,  0 users,  load average: 0.08, 0.04, 0.01\n`);
  return 0;
};

const ps: Command = (_a, ctx, io) => {
  const main = ctx.image.split("/").pop()?.split(":")[0] ?? "app";
  io.out(
    "PID   USER     TIME  COMMAND\n" +
      `    1 root      0:00 ${main}\n` +
      `   ${String(7).padStart(2)} root      0:00 ${ctx.shellName}\n`,
  );
  return 0;
};

const stty: Command = (args, ctx, io) => {
  if (args[0] !== "size") return (io.err("stty: only `stty size` is available here\n"), 1);
  const { cols, rows } = ctx.size();
  io.out(`${rows} ${cols}\n`);
  return 0;
};

const tput: Command = (args, ctx, io) => {
  const { cols, rows } = ctx.size();
  if (args[0] === "cols") return (io.out(`${cols}\n`), 0);
  if (args[0] === "lines") return (io.out(`${rows}\n`), 0);
  io.err(`tput: unknown terminfo capability '${args[0] ?? ""}'\n`);
  return 4;
};

const printenv: Command = (args, ctx, io) => {
  if (args.length === 0) {
    for (const [k, v] of ctx.env) io.out(`${k}=${v}\n`);
    return 0;
  }
  const value = ctx.env.get(args[0] ?? "");
  if (value === undefined) return 1;
  io.out(value + "\n");
  return 0;
};

export const systemCommands: Record<string, Command> = {
  true: () => 0,
  false: () => 1,
  ":": () => 0,
  echo: (args, _ctx, io) => {
    const newline = args[0] !== "-n";
    io.out(args.slice(newline ? 0 : 1).join(" ") + (newline ? "\n" : ""));
    return 0;
  },
  whoami: (_a, _ctx, io) => (io.out("root\n"), 0),
  id: (_a, _ctx, io) => (io.out("uid=0(root) gid=0(root) groups=0(root)\n"), 0),
  hostname: (_a, ctx, io) => (io.out(ctx.pod + "\n"), 0),
  uname,
  uptime,
  date: (_a, _ctx, io) => (io.out(new Date().toUTCString().replace("GMT", "UTC") + "\n"), 0),
  nproc: (_a, _ctx, io) => (io.out("2\n"), 0),
  ps,
  df: (_a, _ctx, io) => {
    io.out("Filesystem      Size  Used Avail Use% Mounted on\noverlay         1.0G   12M 1012M   2% /\n");
    return 0;
  },
  free: (_a, _ctx, io) => {
    io.out(
      "               total        used        free      shared  buff/cache   available\n" +
        "Mem:             512          38         431           0          42         474\n" +
        "Swap:              0           0           0\n",
    );
    return 0;
  },
  env: printenv,
  printenv,
  stty,
  tput,
  clear: (_a, _ctx, io) => (io.out("\u001b[H\u001b[2J"), 0),
};
