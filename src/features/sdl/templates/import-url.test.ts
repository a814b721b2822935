// @vitest-environment node
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findTemplate } from "./catalog";
import { importFromUrl, importUrl, MAX_INDEX_BYTES } from "./import-url";
import { parseTemplateIndex } from "./template-schema";

const WEB = findTemplate("web-server")!;
const ENTRY = { ...WEB };
type Route = (res: ServerResponse) => void;

const send =
  (type: string, body: string | Buffer, status = 200): Route =>
  (res) => {
    res.writeHead(status, { "content-type": type, "access-control-allow-origin": "*" });
    res.end(body);
  };

const ROUTES: Record<string, Route> = {
  "/web.yaml": send("text/yaml", WEB.sdl),
  "/index.json": send("application/json", JSON.stringify({ templates: [ENTRY] })),
  "/page": send("text/html", "<!doctype html><title>x</title>"),
  "/missing": send("text/plain", "no", 404),
  "/binary": send("application/octet-stream", Buffer.from([0, 1, 2, 255, 0])),
  "/latin1": send("text/plain", Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0xff])),
  "/huge": (res) => {
    // No content-length: the limit holds while reading.
    res.writeHead(200, { "content-type": "text/plain" });
    const chunk = "a: 1\n".repeat(10_000);
    for (let sent = 0; sent <= MAX_INDEX_BYTES; sent += chunk.length) res.write(chunk);
    res.end();
  },
  "/bad-index": send(
    "application/json",
    JSON.stringify({ templates: [{ ...ENTRY, homepage: "javascript:alert(1)" }] }),
  ),
  "/not-index": send("application/json", JSON.stringify({ hello: "world" })),
  "/slow": () => undefined,
};

function setup() {
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let server: Server;
beforeAll(async () => {
  server = createServer((req, res) => (ROUTES[req.url ?? ""] ?? send("text/plain", "?", 404))(res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("import from a URL", () => {
  it("accepts only http(s) addresses without credentials", () => {
    for (const bad of [
      "",
      "javascript:alert(1)",
      "data:text/yaml,a",
      "file:///etc/passwd",
      "ftp://x/y",
      "not a url",
      "https://u:p@host/x.yaml",
    ])
      expect(() => importUrl(bad)).toThrow();
    expect(importUrl(" https://example.com/a.yaml ").href).toBe("https://example.com/a.yaml");
  });

  it("reads an SDL, named after its file", async () => {
    const { base } = setup();
    expect(await importFromUrl(`${base}/web.yaml`)).toEqual({
      kind: "sdl",
      name: "web",
      sdl: WEB.sdl,
      url: `${base}/web.yaml`,
    });
  });

  it("reads a template index, validated", async () => {
    const { base } = setup();
    const got = await importFromUrl(`${base}/index.json`);
    expect(got).toEqual({ kind: "index", templates: [ENTRY], url: `${base}/index.json` });
  });

  it.each([
    ["/page", "is a web page"],
    ["/missing", "answered 404"],
    ["/binary", "not UTF-8 text"],
    ["/latin1", "not UTF-8 text"],
    ["/huge", "more than 2048 KiB"],
    ["/bad-index", "templates.0.homepage: must be an http(s) address"],
    ["/not-index", "Not a template index at templates"],
  ])("%s gets a clear error", async (path, message) => {
    const { base } = setup();
    await expect(importFromUrl(`${base}${path}`)).rejects.toThrow(message);
  });

  it("says when the server cannot be reached", async () => {
    await expect(importFromUrl("http://127.0.0.1:1/x.yaml")).rejects.toThrow("Could not read 127.0.0.1:1");
  });

  it("gives up when a caller cancels", async () => {
    const { base } = setup();
    const abort = new AbortController();
    const pending = importFromUrl(`${base}/slow`, fetch, abort.signal);
    abort.abort();
    await expect(pending).rejects.toThrow();
  });
});

describe("template index", () => {
  const entry = (over: object) => ({ templates: [{ ...ENTRY, ...over }] });
  it.each([
    [{ id: "Bad Id" }, "templates.0.id"],
    [{ title: "" }, "templates.0.title"],
    [{ title: "x".repeat(81) }, "templates.0.title"],
    [{ description: "a\u202ebad" }, "control characters"],
    [{ tags: ["<script>"] }, "templates.0.tags.0"],
    [{ pricePerHour: {} }, "one price per compute profile"],
    [{ pricePerHour: { web: "-1" } }, "ACT per hour"],
    [{ pricePerHour: { web: "1e3" } }, "ACT per hour"],
    [{ homepage: "javascript:alert(1)" }, "http(s) address"],
    [{ sdl: "a".repeat(600 * 1024) }, "at most 512 KiB"],
  ])("refuses %j", (over, message) => {
    const got = parseTemplateIndex(entry(over));
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.error).toContain(message);
  });

  it("takes a price in ACT per hour as a JSON number too, and refuses duplicate ids", () => {
    const got = parseTemplateIndex(entry({ pricePerHour: { web: 0.015 } }));
    expect(got.ok && got.templates[0]?.pricePerHour).toEqual({ web: "0.015" });
    expect(parseTemplateIndex({ templates: [ENTRY, ENTRY] })).toEqual({
      ok: false,
      error: 'Not a template index: the id "web-server" appears twice.',
    });
    expect(parseTemplateIndex({ templates: Array(201).fill(ENTRY) }).ok).toBe(false);
  });
});
