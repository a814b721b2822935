import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeSockets } from "../testing/fake-socket";
import { INTERACTIVE_SHELL, ShellConnection, shellPath } from "./shell-connection";

const TARGET = {
  proxyUrl: "/provider-proxy",
  networkId: "local",
  providerAddress: "akash1p",
  hostUri: "https://h:8443",
};
const REQUEST = {
  lease: { dseq: "42", gseq: 1, oseq: 2 },
  service: "web",
  podIndex: 1,
  argv: INTERACTIVE_SHELL,
  tty: true,
  stdin: true,
};

afterEach(() => vi.useRealTimers());

function setup() {
  vi.useFakeTimers();
  const sockets = fakeSockets();
  const tokens: boolean[] = [];
  const states: string[] = [];
  const output: number[] = [];
  const shell = new ShellConnection({
    target: TARGET,
    request: REQUEST,
    token: async (fresh) => (tokens.push(fresh), fresh ? "renewed" : "held"),
    size: () => ({ cols: 100, rows: 30 }),
    events: { output: (d) => output.push(...d), state: (s, d) => states.push(d ? `${s}: ${d}` : s) },
    factory: sockets.factory,
  });
  return { shell, sockets, tokens, states, output, tick: (ms: number) => vi.advanceTimersByTimeAsync(ms) };
}

describe("a lease shell session", () => {
  it("asks for the shell with every parameter the provider requires, argv one per cmdN", () => {
    expect(shellPath(REQUEST)).toBe(
      "/lease/42/1/2/shell?cmd0=sh&cmd1=-c&cmd2=command+-v+bash+%3E%2Fdev%2Fnull+2%3E%261+%26%26+exec+bash+%7C%7C+exec+sh&service=web&podIndex=1&tty=1&stdin=1",
    );
  });

  it("sends its size first, then keystrokes and resizes; shows output and the exit code", async () => {
    const { shell, sockets, states, output, tick } = setup();
    void shell.open();
    await tick(0);
    const s = sockets.last();
    s.accept();
    expect(s.envelope.token).toBe("held");
    expect([...(s.sent[1] as Uint8Array)]).toEqual([105, 0, 100, 0, 30]);
    shell.write("ls\r");
    shell.resize(120, 40);
    expect([...(s.sent[2] as Uint8Array)]).toEqual([104, 0x6c, 0x73, 0x0d]);
    expect([...(s.sent[3] as Uint8Array)]).toEqual([105, 0, 120, 0, 40]);
    s.receive(new Uint8Array([100, 0x68, 0x69]));
    s.receive(new TextEncoder().encode('f{"exit_code":3}\n').map((b, i) => (i === 0 ? 102 : b)));
    s.drop(1011);
    expect(output).toEqual([0x68, 0x69]);
    expect(states).toEqual(["connecting", "open", "exited: exit code 3"]);
  });

  it("renews a token the provider refused once, then opens with the new one", async () => {
    const { shell, sockets, tokens, states, tick } = setup();
    void shell.open();
    await tick(0);
    sockets.last().refuse({ code: "unreachable", message: "JWT is expired", providerStatus: 401 });
    await tick(0);
    sockets.last().accept();
    expect(sockets.last().envelope.token).toBe("renewed");
    expect(tokens).toEqual([false, true]);
    expect(states.at(-1)).toBe("open");
  });

  it("says why the provider would not run it, and when the connection is lost", async () => {
    const { shell, sockets, states, tick } = setup();
    void shell.open();
    await tick(0);
    sockets.last().accept();
    const res = new TextEncoder().encode('f{"exit_code":0,"message":"no active replicase for service"}\n');
    res[0] = 102;
    sockets.last().receive(res);
    expect(states.at(-1)).toBe("failed: no active replicase for service");
    void shell.open();
    await tick(0);
    sockets.last().accept();
    sockets.last().drop(1006);
    expect(states.at(-1)).toBe("closed: The connection to the shell was lost.");
  });
});
