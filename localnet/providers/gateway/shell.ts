// A tiny, fixed "container shell" for /lease/.../shell: answers a handful of harmless commands the
// way a container would, using the provider's binary framing (channel byte + payload).
import type { WebSocket } from "ws";
import type { LeaseWorkload } from "../workloads/leaseWorkload.ts";

export const SHELL_STDOUT = 100;
export const SHELL_STDERR = 101;
export const SHELL_RESULT = 102;

function frame(channel: number, text: string): Buffer {
  return Buffer.concat([Buffer.from([channel]), Buffer.from(text, "utf8")]);
}

function answer(
  cmd: string[],
  service: string,
  image: string,
  pod: string,
): { out: string; err: string; code: number } {
  const [bin = "", ...args] = cmd;
  switch (bin) {
    case "echo":
      return { out: args.join(" ") + "\n", err: "", code: 0 };
    case "pwd":
      return { out: "/\n", err: "", code: 0 };
    case "whoami":
      return { out: "root\n", err: "", code: 0 };
    case "hostname":
      return { out: pod + "\n", err: "", code: 0 };
    case "ls":
      return { out: "bin\ndev\netc\nhome\nlib\nproc\nroot\nrun\nsys\ntmp\nusr\nvar\n", err: "", code: 0 };
    case "uname":
      return {
        out: args.includes("-a")
          ? `Linux ${pod} 6.8.0-49-generic #49-Ubuntu SMP x86_64 GNU/Linux\n`
          : "Linux\n",
        err: "",
        code: 0,
      };
    case "env":
      return {
        out: `HOSTNAME=${pod}\nAKASH_SERVICE=${service}\nIMAGE=${image}\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n`,
        err: "",
        code: 0,
      };
    case "cat":
      if (args[0] === "/etc/os-release")
        return {
          out: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n',
          err: "",
          code: 0,
        };
      return { out: "", err: `cat: ${args[0] ?? ""}: No such file or directory\n`, code: 1 };
    default:
      return { out: "", err: `sh: 1: ${bin}: not found\n`, code: 127 };
  }
}

export function runShell(ws: WebSocket, workload: LeaseWorkload, url: URL): void {
  const cmd: string[] = [];
  for (let i = 0; url.searchParams.get(`cmd${i}`); i++) cmd.push(url.searchParams.get(`cmd${i}`) ?? "");
  const service = url.searchParams.get("service") ?? "";
  const svc = workload.services.find((s) => s.name === service);
  const podIndex = Number(url.searchParams.get("podIndex") ?? "0");
  if (!svc || !svc.pods[podIndex] || svc.ready === 0) {
    ws.send(
      frame(
        SHELL_RESULT,
        JSON.stringify({
          exit_code: 0,
          message: `pod index out of range or service ${service} not running`,
        }) + "\n",
      ),
    );
    ws.close(1000);
    return;
  }
  const { out, err, code } = answer(cmd, svc.name, svc.image, svc.pods[podIndex] ?? "");
  if (out) ws.send(frame(SHELL_STDOUT, out));
  if (err) ws.send(frame(SHELL_STDERR, err));
  ws.send(frame(SHELL_RESULT, JSON.stringify({ exit_code: code }) + "\n"));
  ws.close(1000);
}
