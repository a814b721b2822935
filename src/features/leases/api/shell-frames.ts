// The lease-shell framing of provider-services (gateway/rest/constants.go, router_shell.go), on
// the browser's side: the first byte of every binary message is its channel. The page writes 104
// stdin and 105 a resize (columns then rows, uint16 big-endian); the provider writes 100 stdout,
// 101 stderr, 102 the result (JSON with the exit code) and 103 a failure it does not explain.

export const SHELL_STDOUT = 100;
export const SHELL_STDERR = 101;
export const SHELL_RESULT = 102;
export const SHELL_FAILURE = 103;
export const SHELL_STDIN = 104;
export const SHELL_RESIZE = 105;

const MAX_DIMENSION = 0xffff;

export type ServerFrame =
  | { kind: "stdout" | "stderr"; data: Uint8Array }
  | { kind: "result"; exitCode: number; message: string }
  | { kind: "failure" }
  | { kind: "unknown"; channel: number };

export function stdinFrame(data: string | Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  const frame = new Uint8Array(bytes.length + 1);
  frame[0] = SHELL_STDIN;
  frame.set(bytes, 1);
  return frame;
}

export function resizeFrame(cols: number, rows: number): Uint8Array<ArrayBuffer> {
  const clamp = (n: number) => Math.max(1, Math.min(MAX_DIMENSION, Math.floor(n)));
  const frame = new Uint8Array(5);
  const view = new DataView(frame.buffer);
  frame[0] = SHELL_RESIZE;
  view.setUint16(1, clamp(cols));
  view.setUint16(3, clamp(rows));
  return frame;
}

function parseResult(bytes: Uint8Array): { exitCode: number; message: string } {
  try {
    const body = JSON.parse(new TextDecoder().decode(bytes)) as { exit_code?: unknown; message?: unknown };
    return {
      exitCode: typeof body.exit_code === "number" ? body.exit_code : 0,
      message: typeof body.message === "string" ? body.message : "",
    };
  } catch {
    return { exitCode: -1, message: "The provider sent a result that is not JSON." };
  }
}

/** A provider message; null for an empty one (nothing to do). */
export function decodeServerFrame(data: ArrayBuffer | Uint8Array): ServerFrame | null {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) return null;
  const channel = bytes[0] ?? 0;
  const body = bytes.subarray(1);
  if (channel === SHELL_STDOUT) return { kind: "stdout", data: body };
  if (channel === SHELL_STDERR) return { kind: "stderr", data: body };
  if (channel === SHELL_RESULT) return { kind: "result", ...parseResult(body) };
  if (channel === SHELL_FAILURE) return { kind: "failure" };
  return { kind: "unknown", channel };
}
