// Downloading a file from a replica the way Akash Console does, an exec of `cat` over the shell
// channel, but safer: the path is one argv entry (cat -- PATH: no shell ever parses it), no TTY
// (bytes arrive untouched, binary included), stdout and stderr kept apart (an error message is
// never saved as the file), a size cap and a stall timeout, and only the exit code says success.
import { decodeServerFrame } from "./shell-frames";
import { type SocketFactory, openProviderSocket } from "./provider-socket";
import type { ProxyTarget } from "./proxy-client";
import { shellPath } from "./shell-connection";

export const MAX_DOWNLOAD_BYTES = 25 * 1024 * 1024;
const STALL_MS = 20_000;

export class DownloadError extends Error {}

/** Why a path cannot be asked for, or null: absolute, a file (no trailing /), no NUL, not a URL. */
export function pathProblem(path: string): string | null {
  if (!path.startsWith("/")) return "Give the file's absolute path in the container, e.g. /etc/hostname.";
  if (path.endsWith("/")) return "That is a directory; give a file's path.";
  if (path.includes("\0") || path.length > 4096) return "That is not a usable path.";
  return null;
}

/** The file's name for the browser: its last path segment, with nothing a file system objects to. */
export function saveName(path: string): string {
  const base = path.split("/").pop() ?? "";
  const clean = base.replace(/[^\w.@+-]+/g, "_").replace(/^[._]+/, "");
  return clean || "download";
}

export interface DownloadRequest {
  target: ProxyTarget;
  lease: { dseq: string; gseq: number; oseq: number };
  service: string;
  podIndex: number;
  path: string;
  token(fresh: boolean): Promise<string>;
  factory?: SocketFactory;
  maxBytes?: number;
}

export async function downloadFile(r: DownloadRequest, fresh = false): Promise<Uint8Array> {
  const problem = pathProblem(r.path);
  if (problem) throw new DownloadError(problem);
  const token = await r.token(fresh);
  const max = r.maxBytes ?? MAX_DOWNLOAD_BYTES;
  const argv = ["cat", "--", r.path];
  const path = shellPath({
    lease: r.lease,
    service: r.service,
    podIndex: r.podIndex,
    argv,
    tty: false,
    stdin: false,
  });
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let stderr = "";
    let settled = false;
    let expired = false;
    let stall: ReturnType<typeof setTimeout> | undefined;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(stall);
      socket.close();
      fn();
    };
    const fail = (message: string) => settle(() => reject(new DownloadError(message)));
    const watch = () => {
      clearTimeout(stall);
      stall = setTimeout(() => fail("The provider stopped sending the file."), STALL_MS);
    };
    const socket = openProviderSocket(
      r.target,
      path,
      token,
      {
        onOpen: watch,
        onFrame: (data) => {
          if (typeof data === "string") return;
          watch();
          const frame = decodeServerFrame(data);
          if (frame?.kind === "stdout") {
            size += frame.data.length;
            if (size > max)
              return fail(
                `The file is larger than ${Math.round(max / 1024 / 1024)} MiB; the download was stopped.`,
              );
            chunks.push(frame.data.slice());
          } else if (frame?.kind === "stderr") stderr += new TextDecoder().decode(frame.data);
          else if (frame?.kind === "failure") fail("The provider could not run `cat` in the container.");
          else if (frame?.kind === "result") {
            if (frame.message) return fail(frame.message);
            if (frame.exitCode !== 0) return fail(stderr.trim() || `cat exited with code ${frame.exitCode}.`);
            const out = new Uint8Array(size);
            let at = 0;
            for (const c of chunks) {
              out.set(c, at);
              at += c.length;
            }
            settle(() => resolve(out));
          }
        },
        onRefused: (refusal) => {
          expired = refusal.providerStatus === 401 && !fresh;
          if (!expired) fail(refusal.message);
        },
        onClose: () => {
          if (expired) return settle(() => resolve(downloadFile(r, true)));
          fail("The connection closed before the file was complete.");
        },
      },
      r.factory,
    );
  });
}
