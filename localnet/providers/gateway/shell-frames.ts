// The lease-shell websocket framing of provider-services (PROV gateway/rest/constants.go,
// router_shell.go): every binary message starts with a channel byte. The provider writes 100
// stdout, 101 stderr, 102 the result (Go's json.Encoder output, so with a trailing newline) and
// 103 a failure (empty: the cause is not for the client); the client writes 104 stdin and 105 a
// terminal resize (width then height, uint16 big-endian, as binary.Read fills TerminalSize).

export const SHELL_STDOUT = 100;
export const SHELL_STDERR = 101;
export const SHELL_RESULT = 102;
export const SHELL_FAILURE = 103;
export const SHELL_STDIN = 104;
export const SHELL_RESIZE = 105;

export type ClientFrame =
  | { kind: "stdin"; data: Buffer }
  | { kind: "resize"; width: number; height: number }
  /** an unknown channel or a short resize: the provider stops reading the socket */
  | { kind: "invalid"; reason: string };

function frame(channel: number, data: Buffer | string): Buffer {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  return Buffer.concat([Buffer.from([channel]), bytes]);
}

export function outputFrame(
  channel: typeof SHELL_STDOUT | typeof SHELL_STDERR,
  data: Buffer | string,
): Buffer {
  return frame(channel, data);
}

/** `{"exit_code":N}` plus `"message"` when there is one (omitempty), newline-terminated. */
export function resultFrame(exitCode: number, message = ""): Buffer {
  const body = message ? { exit_code: exitCode, message } : { exit_code: exitCode };
  return frame(SHELL_RESULT, JSON.stringify(body) + "\n");
}

export function failureFrame(): Buffer {
  return Buffer.from([SHELL_FAILURE]);
}

/** A client message, or null for what the provider skips (empty messages). */
export function decodeClientFrame(data: Buffer): ClientFrame | null {
  if (data.length === 0) return null;
  const code = data[0];
  const body = data.subarray(1);
  if (code === SHELL_STDIN) return { kind: "stdin", data: body };
  if (code === SHELL_RESIZE) {
    if (body.length < 4) return { kind: "invalid", reason: "short resize" };
    return { kind: "resize", width: body.readUInt16BE(0), height: body.readUInt16BE(2) };
  }
  return { kind: "invalid", reason: `unknown message ID ${code ?? ""}` };
}
