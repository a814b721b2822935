// One lease-shell session through the proxy: an interactive TTY into a replica (the shell Akash
// Console starts: bash when the image has it, else sh), stdin and resizes out, output and the
// exit code in. The token is the lease's shell token; one the provider refuses (expired) is
// renewed once. A session that drops can be started again: that is a new exec in the container.
import { decodeServerFrame, resizeFrame, stdinFrame } from "./shell-frames";
import { type ProviderSocket, type SocketFactory, openProviderSocket } from "./provider-socket";
import type { ProxyTarget } from "./proxy-client";

export type ShellState = "connecting" | "open" | "exited" | "closed" | "failed";

export const INTERACTIVE_SHELL = ["sh", "-c", "command -v bash >/dev/null 2>&1 && exec bash || exec sh"];

export interface ShellRequest {
  lease: { dseq: string; gseq: number; oseq: number };
  service: string;
  podIndex: number;
  argv: readonly string[];
  tty: boolean;
  stdin: boolean;
}

/** The shell route's query, as router_shell.go reads it (cmd0..N, every parameter required). */
export function shellPath(r: ShellRequest): string {
  const { dseq, gseq, oseq } = r.lease;
  const q = new URLSearchParams();
  r.argv.forEach((arg, i) => q.set(`cmd${i}`, arg));
  q.set("service", r.service);
  q.set("podIndex", String(r.podIndex));
  q.set("tty", r.tty ? "1" : "0");
  q.set("stdin", r.stdin ? "1" : "0");
  return `/lease/${dseq}/${gseq}/${oseq}/shell?${q.toString()}`;
}

export interface ShellEvents {
  output(data: Uint8Array): void;
  state(state: ShellState, detail: string | null): void;
}

export interface ShellConnectionOptions {
  target: ProxyTarget;
  request: ShellRequest;
  token(fresh: boolean): Promise<string>;
  size(): { cols: number; rows: number };
  events: ShellEvents;
  factory?: SocketFactory;
}

export class ShellConnection {
  private socket: ProviderSocket | null = null;
  private ended = false;

  constructor(private readonly o: ShellConnectionOptions) {}

  async open(fresh = false): Promise<void> {
    this.o.events.state("connecting", null);
    let token: string;
    try {
      token = await this.o.token(fresh);
    } catch (err) {
      return this.o.events.state("failed", err instanceof Error ? err.message : String(err));
    }
    if (this.ended) return;
    let refusal: { message: string; expired: boolean } | null = null;
    let finished = false;
    this.socket = openProviderSocket(
      this.o.target,
      shellPath(this.o.request),
      token,
      {
        onOpen: () => {
          const { cols, rows } = this.o.size();
          this.socket?.send(resizeFrame(cols, rows));
          this.o.events.state("open", null);
        },
        onFrame: (data) => {
          if (typeof data === "string") return;
          const frame = decodeServerFrame(data);
          if (frame?.kind === "stdout" || frame?.kind === "stderr") this.o.events.output(frame.data);
          else if (frame?.kind === "result") {
            finished = true;
            // The provider answers "cannot run" as a result with exit code 0 and a message.
            if (frame.message) this.o.events.state("failed", frame.message);
            else this.o.events.state("exited", `exit code ${frame.exitCode}`);
          } else if (frame?.kind === "failure") {
            finished = true;
            this.o.events.state("failed", "The provider could not run the shell (it does not say why).");
          }
        },
        onRefused: (r) => (refusal = { message: r.message, expired: r.providerStatus === 401 }),
        onClose: () => {
          this.socket = null;
          if (finished || this.ended) return;
          const refused = refusal as { message: string; expired: boolean } | null;
          if (refused?.expired && !fresh) return void this.open(true);
          if (refused) return this.o.events.state("failed", refused.message);
          this.o.events.state("closed", "The connection to the shell was lost.");
        },
      },
      this.o.factory,
    );
  }

  write(data: string | Uint8Array): void {
    this.socket?.send(stdinFrame(data));
  }

  resize(cols: number, rows: number): void {
    this.socket?.send(resizeFrame(cols, rows));
  }

  close(): void {
    this.ended = true;
    this.socket?.close();
    this.socket = null;
  }
}
