import { describe, expect, it } from "vitest";
import { decodeServerFrame, resizeFrame, stdinFrame } from "./shell-frames";

describe("lease-shell frames (browser side)", () => {
  it("writes stdin as UTF-8 after channel 104, bytes as given", () => {
    expect([...stdinFrame("ls\r")]).toEqual([104, 0x6c, 0x73, 0x0d]);
    expect([...stdinFrame("é")]).toEqual([104, 0xc3, 0xa9]);
    expect([...stdinFrame(new Uint8Array([0, 255]))]).toEqual([104, 0, 255]);
  });

  it("writes a resize as the provider reads TerminalSize: width then height, big-endian", () => {
    expect([...resizeFrame(300, 50)]).toEqual([105, 0x01, 0x2c, 0x00, 0x32]);
    expect([...resizeFrame(0, 70_000)]).toEqual([105, 0, 1, 0xff, 0xff]);
  });

  it("reads output per channel without touching the bytes", () => {
    expect(decodeServerFrame(new Uint8Array([100, 0, 255, 10]))).toEqual({
      kind: "stdout",
      data: new Uint8Array([0, 255, 10]),
    });
    expect(decodeServerFrame(new Uint8Array([101, 0x21]).buffer)).toEqual({
      kind: "stderr",
      data: new Uint8Array([0x21]),
    });
  });

  it("reads the result Go's encoder wrote, the failure, and what it does not know", () => {
    const result = new TextEncoder().encode('\u0066{"exit_code":127,"message":"x"}\n');
    result[0] = 102;
    expect(decodeServerFrame(result)).toEqual({ kind: "result", exitCode: 127, message: "x" });
    const ok = new TextEncoder().encode('f{"exit_code":0}\n');
    ok[0] = 102;
    expect(decodeServerFrame(ok)).toEqual({ kind: "result", exitCode: 0, message: "" });
    expect(decodeServerFrame(new Uint8Array([102, 0x7b]))).toMatchObject({ kind: "result", exitCode: -1 });
    expect(decodeServerFrame(new Uint8Array([103]))).toEqual({ kind: "failure" });
    expect(decodeServerFrame(new Uint8Array([7, 1]))).toEqual({ kind: "unknown", channel: 7 });
    expect(decodeServerFrame(new Uint8Array([]))).toBeNull();
  });
});
