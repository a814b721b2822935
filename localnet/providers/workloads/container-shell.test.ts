import { describe, expect, it } from "vitest";
import { ContainerFs } from "./container-fs.ts";
import { imageSeed } from "./container-image.ts";
import { ContainerShell } from "./container-shell.ts";

function setup(image = "nginx:1.27", limits?: { maxFiles: number; maxBytes: number }) {
  const pod = "web-bcdfghjklm-bcdfg";
  const fs = new ContainerFs(imageSeed({ kind: "nginx", image, service: "web", pod, port: 80 }), limits);
  const shell = new ContainerShell({
    fs,
    pod,
    image,
    service: "web",
    startedAt: Date.now(),
    env: ["NGINX_HOST=shop.example", "MOTD=a=b c"],
    size: () => ({ cols: 120, rows: 40 }),
  });
  const run = (line: string) => {
    let out = "";
    let err = "";
    const outcome = shell.runLine(line, { out: (d) => (out += d.toString()), err: (t) => (err += t) });
    return { out, err, outcome };
  };
  return { fs, shell, run };
}

describe("the simulated container shell", () => {
  it("runs commands over the image's files and reports the container, not the host", () => {
    const { run } = setup();
    expect(run("cat /etc/os-release").out).toContain("Debian GNU/Linux 12");
    expect(run("hostname").out).toBe("web-bcdfghjklm-bcdfg\n");
    expect(run("ls /usr/share/nginx/html").out).toBe("index.html\n");
    expect(run("stty size").out).toBe("40 120\n");
    expect(run("uname -a").out).toMatch(/^Linux web-bcdfghjklm-bcdfg .* x86_64 GNU\/Linux\n$/);
    // The service's env from the manifest, split at the first "=".
    expect(run("printenv NGINX_HOST").out).toBe("shop.example\n");
    expect(run('echo "$MOTD"').out).toBe("a=b c\n");
  });

  it("writes files with redirection, keeps them for the container's life, and quotes like sh", () => {
    const { run, fs } = setup();
    expect(run(`cd /tmp && echo "hello   world" > note.txt; echo 'it''s' >> note.txt`).err).toBe("");
    expect(fs.read("/tmp/note.txt").toString()).toBe("hello   world\nits\n");
    expect(run("pwd").out).toBe("/tmp\n");
    expect(run("wc -l note.txt").out).toBe("2 note.txt\n");
    expect(run("GREETING=hi; echo $GREETING ${HOME} $?").out).toBe("hi /root 0\n");
  });

  it("answers errors as a container would, with exit statuses", () => {
    const { run } = setup();
    const missing = run("cat /nope");
    expect(missing.err).toBe("cat: /nope: No such file or directory\n");
    expect(missing.outcome).toEqual({ kind: "done", code: 1 });
    expect(run("nmap localhost").outcome).toEqual({ kind: "done", code: 127 });
    expect(run("false || echo fallback").out).toBe("fallback\n");
    expect(run("false && echo never").out).toBe("");
    expect(run("ls | grep x").err).toMatch(/pipes are not available/);
    expect(run("echo 'open").err).toMatch(/unexpected EOF/);
    expect(run("cat /nope 2>/dev/null; echo $?").out).toBe("1\n");
    expect(run("cat /nope 2>&1").out).toContain("No such file");
  });

  it("understands Console's bootstrap line: bash when the image has it, sh otherwise", () => {
    const bootstrap = "command -v bash >/dev/null 2>&1 && exec bash || exec sh";
    expect(setup().run(bootstrap).outcome).toEqual({ kind: "interactive", shell: "bash" });
    expect(setup("nginx:1.27-alpine").run(bootstrap).outcome).toEqual({ kind: "interactive", shell: "sh" });
    expect(setup().run("exit 3").outcome).toEqual({ kind: "exit", code: 3 });
  });

  it("runs an exec argv without parsing it, so a path with spaces or quotes is one argument", () => {
    const { shell, fs } = setup();
    fs.write("/tmp/a b'c.txt", Buffer.from([0, 1, 2, 255]));
    const chunks: Buffer[] = [];
    const outcome = shell.runArgv(["cat", "--", "/tmp/a b'c.txt"], {
      out: (d) => chunks.push(Buffer.from(d)),
      err: () => undefined,
    });
    expect(outcome).toEqual({ kind: "done", code: 0 });
    expect([...Buffer.concat(chunks)]).toEqual([0, 1, 2, 255]);
  });

  it("keeps within the container's storage limits", () => {
    const { run } = setup("nginx:1.27", { maxFiles: 100, maxBytes: 4096 });
    expect(run("seq 2000 > /tmp/big").err).toMatch(/No space left on device/);
  });
});
