// Import from a URL, fetched by the browser (the server never fetches for a tenant): an SDL, or a
// template index in our templates' JSON shape. A URL is any page a link can point to, so it is
// treated as hostile: only http(s) without credentials, no cookies or referrer sent, a timeout,
// a size limit enforced while reading (not trusted from headers), text only, and a web page is
// named as such. What arrives is data: the caller runs an SDL through the checker before the
// editor sees it, and an index is validated entry by entry (template-schema.ts).
import { looksBinary, MAX_SDL_BYTES } from "../checker/parse";
import { parseTemplateIndex, type SdlTemplate } from "./template-schema";

export const IMPORT_TIMEOUT_MS = 10_000;
/** An index carries its SDLs inline: up to 2 MiB in all. */
export const MAX_INDEX_BYTES = 2 * 1024 * 1024;
const MAX_URL_LENGTH = 2048;

export type Imported =
  | { kind: "sdl"; name: string; sdl: string; url: string }
  | { kind: "index"; templates: SdlTemplate[]; url: string };

export class ImportError extends Error {}

/** The URL to fetch, or why not. */
export function importUrl(raw: string): URL {
  const text = raw.trim();
  if (!text) throw new ImportError("Paste the address of an SDL (.yaml) or a template index (.json).");
  if (text.length > MAX_URL_LENGTH) throw new ImportError("That address is too long.");
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ImportError(`“${text.slice(0, 80)}” is not an address. It starts with https://.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new ImportError(`Only http(s) addresses can be imported, not ${url.protocol}`);
  if (url.username || url.password)
    throw new ImportError("The address contains a user name or password; import needs a public link.");
  return url;
}

async function readLimited(response: Response, limit: number, url: URL): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  if (declared > limit) throw tooLarge(url, declared, limit);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(url, size, limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function tooLarge(url: URL, bytes: number, limit: number) {
  return new ImportError(
    `${url.host} sent more than ${limit / 1024} KiB${bytes > limit ? "" : ` (${bytes} bytes)`}: too large for an SDL or a template index.`,
  );
}

async function fetchText(
  url: URL,
  fetcher: typeof fetch,
  signal?: AbortSignal,
): Promise<{ text: string; type: string }> {
  const timeout = AbortSignal.timeout(IMPORT_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetcher(url.href, {
      credentials: "omit",
      referrerPolicy: "no-referrer",
      cache: "no-store",
      redirect: "follow",
      headers: { accept: "application/json, application/yaml, text/yaml, text/plain;q=0.9, */*;q=0.1" },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (err) {
    if (timeout.aborted)
      throw new ImportError(`${url.host} did not answer within ${IMPORT_TIMEOUT_MS / 1000} s.`);
    if (signal?.aborted) throw err;
    throw new ImportError(
      `Could not read ${url.host}: it is unreachable, or it does not let other sites read the file (CORS). A raw file link (e.g. raw.githubusercontent.com) usually works.`,
    );
  }
  if (!response.ok)
    throw new ImportError(
      `${url.host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`,
    );
  const type = (response.headers.get("content-type") ?? "").toLowerCase();
  const body = await readLimited(response, MAX_INDEX_BYTES, url).catch((err: unknown) => {
    if (timeout.aborted)
      throw new ImportError(`${url.host} did not finish sending within ${IMPORT_TIMEOUT_MS / 1000} s.`);
    throw err;
  });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new ImportError("The file is not UTF-8 text, so it is neither an SDL nor a template index.");
  }
  return { text, type };
}

function fileName(url: URL): string {
  const last = decodeURIComponent(url.pathname.split("/").pop() ?? "").replace(/\.(ya?ml|txt)$/i, "");
  // A name is shown as the draft's name: plain, short.
  const clean = last
    .replace(/[^\w .-]/g, "")
    .trim()
    .slice(0, 60);
  return clean || url.host;
}

/** Fetches and classifies: a template index (validated), or an SDL's text (not yet checked). */
export async function importFromUrl(
  raw: string,
  fetcher: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<Imported> {
  const url = importUrl(raw);
  const { text, type } = await fetchText(url, fetcher, signal);
  const start = text.trimStart();
  if (!start) throw new ImportError(`${url.host} sent an empty file.`);
  if (type.includes("text/html") || /^<(!doctype|html|head|body|\?xml|svg)/i.test(start))
    throw new ImportError(
      "That address is a web page, not an SDL or a template index. Link to the raw file (on GitHub: the “Raw” button).",
    );
  if (looksBinary(text)) throw new ImportError("The file is binary data, not YAML or JSON text.");
  if (type.includes("json") || start.startsWith("{") || start.startsWith("[")) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ImportError("The file looks like JSON but does not parse as JSON.");
    }
    const parsed = parseTemplateIndex(json);
    if (!parsed.ok) throw new ImportError(parsed.error);
    return { kind: "index", templates: parsed.templates, url: url.href };
  }
  if (new TextEncoder().encode(text).length > MAX_SDL_BYTES)
    throw new ImportError(`The SDL is larger than ${MAX_SDL_BYTES / 1024} KiB.`);
  return { kind: "sdl", name: fileName(url), sdl: text, url: url.href };
}
