import { describe, expect, it } from "vitest";
import {
  SHELL_FAILURE,
  SHELL_RESULT,
  SHELL_STDERR,
  SHELL_STDOUT,
  decodeClientFrame,
  failureFrame,
  outputFrame,
  resultFrame,
} from "./shell-frames.ts";

describe("lease-shell frames (provider side)", () => {
  it("writes output on its channel, bytes untouched", () => {
    const binary = Buffer.from([0, 255, 10, 13]);
    expect([...outputFrame(SHELL_STDOUT, binary)]).toEqual([100, 0, 255, 10, 13]);
    expect(outputFrame(SHELL_STDERR, "é\n")).toEqual(Buffer.from([101, 0xc3, 0xa9, 10]));
  });

  it("writes the result as Go's json.Encoder does: message omitted when empty, newline at the end", () => {
    const ok = resultFrame(0);
    expect(ok[0]).toBe(SHELL_RESULT);
    expect(ok.subarray(1).toString()).toBe('{"exit_code":0}\n');
    expect(resultFrame(127, "no active replicase for service").subarray(1).toString()).toBe(
      '{"exit_code":127,"message":"no active replicase for service"}\n',
    );
    expect([...failureFrame()]).toEqual([SHELL_FAILURE]);
  });

  it("reads stdin and a big-endian resize (width, then height)", () => {
    expect(decodeClientFrame(Buffer.from([104, 0x6c, 0x73, 0x0d]))).toEqual({
      kind: "stdin",
      data: Buffer.from("ls\r"),
    });
    expect(decodeClientFrame(Buffer.from([105, 0x01, 0x2c, 0x00, 0x32]))).toEqual({
      kind: "resize",
      width: 300,
      height: 50,
    });
  });

  it("skips empty messages and flags what the provider would stop reading on", () => {
    expect(decodeClientFrame(Buffer.alloc(0))).toBeNull();
    expect(decodeClientFrame(Buffer.from([105, 0, 80]))).toEqual({ kind: "invalid", reason: "short resize" });
    expect(decodeClientFrame(Buffer.from([100, 1]))).toMatchObject({ kind: "invalid" });
  });
});
