// The gateway's /lease/.../shell: the checks and answers of router_shell.go and the kube client's
// Exec (service status first, then the pod index against the service's pods sorted by name), then
// a ShellSession against the simulated container. Client frames are read only when stdin is
// attached, and resizes only with a TTY, as the provider does. After the result the provider
// closes the connection without a close frame (gorilla's Conn.Close), and so does this.
import type { WebSocket } from "ws";
import type { LeaseWorkload } from "../workloads/leaseWorkload.ts";
import { decodeClientFrame, resultFrame } from "./shell-frames.ts";
import { ShellSession } from "./shell-session.ts";

export interface ShellParams {
  argv: string[];
  service: string;
  podIndex: number;
  tty: boolean;
  stdin: boolean;
}

/** The query of router_shell.go, or the reason it answers 400 before upgrading. */
export function shellParams(url: URL): ShellParams | string {
  const q = url.searchParams;
  const argv: string[] = [];
  for (let i = 0; q.get(`cmd${i}`); i++) argv.push(q.get(`cmd${i}`) ?? "");
  if (argv.length === 0) return "missing cmd parameter";
  for (const p of ["tty", "service", "stdin", "podIndex"]) if (!q.get(p)) return `missing parameter ${p}`;
  const raw = q.get("podIndex") ?? "";
  // strconv.ParseUint(s, 0, 31): decimal, 0x hex, 0o/0 octal, 0b binary; at most 2^31 - 1.
  const podIndex = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]*|[1-9][0-9]*)$/.test(raw)
    ? Number(raw.replace(/^0(?=[0-7])/, "0o"))
    : NaN;
  if (!Number.isSafeInteger(podIndex) || podIndex > 2 ** 31 - 1) return "parameter podIndex invalid";
  return {
    argv,
    service: q.get("service") ?? "",
    podIndex,
    tty: q.get("tty") === "1",
    stdin: q.get("stdin") === "1",
  };
}

export function runShell(ws: WebSocket, workload: LeaseWorkload, p: ShellParams): void {
  const finish = (frame: Buffer) => ws.send(frame, () => ws.terminate());
  const target = workload.container(p.service, p.podIndex);
  if ("message" in target) return finish(resultFrame(0, target.message));
  const size = { cols: 80, rows: 24 };
  const shell = target.shell(() => size);
  if (!shell.canExec(p.argv[0] ?? ""))
    return finish(
      resultFrame(0, "remote command execute error: command could not be executed because it does not exist"),
    );
  const session = new ShellSession(
    shell,
    { tty: p.tty, stdin: p.stdin },
    {
      send: (frame) => ws.readyState === ws.OPEN && ws.send(frame),
      finish: (code) => finish(resultFrame(code)),
    },
  );
  if (p.stdin) {
    let reading = true;
    ws.on("message", (data: Buffer, isBinary: boolean) => {
      // The provider skips text and empty messages, and stops reading on a frame it cannot use.
      if (!reading || !isBinary) return;
      const frame = decodeClientFrame(data);
      if (!frame) return;
      if (frame.kind === "invalid") reading = false;
      else if (frame.kind === "resize") {
        if (p.tty) Object.assign(size, { cols: frame.width, rows: frame.height });
      } else session.input(frame);
    });
  }
  session.start(p.argv);
}
