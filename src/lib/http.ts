// Typed JSON over fetch with a timeout. Failures are thrown as HttpError with a kind the UI
// and the endpoint failover can act on: a chain's {code, message} body is kept intact.

export type HttpErrorKind = "network" | "timeout" | "http" | "parse" | "aborted";

export class HttpError extends Error {
  readonly kind: HttpErrorKind;
  readonly status: number | null;
  readonly url: string;
  readonly body: unknown;

  constructor(
    kind: HttpErrorKind,
    message: string,
    url: string,
    status: number | null = null,
    body: unknown = null,
  ) {
    super(message);
    this.name = "HttpError";
    this.kind = kind;
    this.status = status;
    this.url = url;
    this.body = body;
  }

  /** Worth trying another endpoint: the endpoint is down, slow or broken, not the request. */
  get isEndpointFailure(): boolean {
    if (this.kind === "network" || this.kind === "timeout" || this.kind === "parse") return true;
    return this.kind === "http" && this.status !== null && (this.status >= 500 || this.status === 429);
  }
}

export interface FetchJsonOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

function messageFromBody(body: unknown): string | null {
  if (body && typeof body === "object" && "message" in body && typeof body.message === "string")
    return body.message;
  return null;
}

export async function fetchJson<T = unknown>(url: string, opts: FetchJsonOptions = {}): Promise<T> {
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? 15_000);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await (opts.fetchImpl ?? fetch)(url, {
      method: opts.method ?? "GET",
      headers: {
        Accept: "application/json",
        ...(opts.body !== undefined ? { "Content-Type": "application/json" } : {}),
        ...opts.headers,
      },
      body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
      signal,
    });
  } catch (err) {
    if (opts.signal?.aborted) throw new HttpError("aborted", "The request was cancelled.", url);
    if (timeout.aborted) throw new HttpError("timeout", `No answer from ${new URL(url).host} in time.`, url);
    throw new HttpError(
      "network",
      `Could not reach ${new URL(url).host}: ${err instanceof Error ? err.message : String(err)}`,
      url,
    );
  }
  const text = await res.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      if (res.ok)
        throw new HttpError(
          "parse",
          `${new URL(url).host} answered with something that is not JSON.`,
          url,
          res.status,
        );
      body = text;
    }
  }
  if (!res.ok) {
    const detail = messageFromBody(body) ?? (typeof body === "string" ? body.slice(0, 200) : res.statusText);
    throw new HttpError("http", `HTTP ${res.status}: ${detail}`, url, res.status, body);
  }
  return body as T;
}
