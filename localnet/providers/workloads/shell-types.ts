// What a command of the simulated container shell gets: the session's state and its output.
import type { ContainerFs } from "./container-fs.ts";

export interface ShellContext {
  fs: ContainerFs;
  cwd: string;
  env: Map<string, string>;
  pod: string;
  image: string;
  service: string;
  startedAt: number;
  shellName: "sh" | "bash";
  size(): { cols: number; rows: number };
}

export interface CommandIo {
  out(data: string | Buffer): void;
  err(text: string): void;
}

/** An exit status, or a request to the session: replace it with argv (exec), or end it (exit). */
export type CommandResult = number | { exec: string[] } | { exit: number };
export type Command = (args: string[], ctx: ShellContext, io: CommandIo) => CommandResult;
