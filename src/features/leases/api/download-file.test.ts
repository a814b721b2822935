import { describe, expect, it } from "vitest";
import { fakeSockets } from "../testing/fake-socket";
import { DownloadError, downloadFile, pathProblem, saveName } from "./download-file";

const TARGET = {
  proxyUrl: "/provider-proxy",
  networkId: "local",
  providerAddress: "akash1p",
  hostUri: "https://h",
};
const frame = (channel: number, body: string | number[]) =>
  new Uint8Array([channel, ...(typeof body === "string" ? new TextEncoder().encode(body) : body)]);

function setup(path = "/tmp/a b.bin", maxBytes?: number) {
  const sockets = fakeSockets();
  const tokens: boolean[] = [];
  const result = downloadFile({
    target: TARGET,
    lease: { dseq: "7", gseq: 1, oseq: 1 },
    service: "web",
    podIndex: 0,
    path,
    token: async (fresh) => (tokens.push(fresh), "t"),
    factory: sockets.factory,
    maxBytes,
  });
  const opened = async () => {
    await Promise.resolve();
    await Promise.resolve();
    sockets.last().accept();
    return sockets.last();
  };
  return { result, opened, tokens };
}

describe("downloading a file from a replica", () => {
  it("runs cat with the path as one argument, no TTY, and keeps stdout's bytes only", async () => {
    const { result, opened } = setup();
    const s = await opened();
    expect(decodeURIComponent(s.envelope.url)).toContain(
      "shell?cmd0=cat&cmd1=--&cmd2=/tmp/a+b.bin&service=web",
    );
    expect(s.envelope.url).toContain("tty=0&stdin=0");
    s.receive(frame(100, [0, 1, 255]));
    s.receive(frame(101, "warning\n"));
    s.receive(frame(100, [10]));
    s.receive(frame(102, '{"exit_code":0}\n'));
    expect([...(await result)]).toEqual([0, 1, 255, 10]);
  });

  it("reports cat's error instead of saving it, and the provider's own refusal", async () => {
    const missing = setup();
    const s = await missing.opened();
    s.receive(frame(101, "cat: /tmp/a b.bin: No such file or directory\n"));
    s.receive(frame(102, '{"exit_code":1}\n'));
    await expect(missing.result).rejects.toThrow("cat: /tmp/a b.bin: No such file or directory");
    const down = setup();
    const d = await down.opened();
    d.receive(frame(102, '{"exit_code":0,"message":"no active replicase for service"}\n'));
    await expect(down.result).rejects.toThrow("no active replicase for service");
  });

  it("stops at the size cap", async () => {
    const { result, opened } = setup("/big", 4);
    const s = await opened();
    s.receive(frame(100, [1, 2, 3]));
    s.receive(frame(100, [4, 5]));
    await expect(result).rejects.toBeInstanceOf(DownloadError);
    expect(s.readyState).toBe(3);
  });

  it("refuses relative paths and directories, and names the file safely", () => {
    expect(pathProblem("etc/passwd")).toMatch(/absolute/);
    expect(pathProblem("/etc/")).toMatch(/directory/);
    expect(pathProblem("/etc/hostname")).toBeNull();
    expect(saveName("/tmp/../..\\evil name?.txt")).toBe("evil_name_.txt");
    expect(saveName("/tmp/.bashrc")).toBe("bashrc");
  });
});
