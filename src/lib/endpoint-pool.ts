// Failover across an ordered list of equivalent endpoints. The first endpoint that is not
// cooling down after a failure is active; when a call fails because of the endpoint (network,
// timeout, 5xx, 429) the next one takes over and the call is retried there. Request errors
// (4xx) are the caller's problem and never move the pool.

export interface EndpointPoolOptions {
  /** how long a failed endpoint is skipped before it is tried again */
  cooldownMs?: number;
  now?: () => number;
  isEndpointFailure: (err: unknown) => boolean;
}

export interface EndpointState {
  url: string;
  failedAt: number | null;
  lastError: string | null;
}

type Listener = (active: string) => void;

export class AllEndpointsFailedError extends Error {
  readonly causes: unknown[];
  constructor(causes: unknown[]) {
    const last = causes.at(-1);
    const message = last instanceof Error ? last.message : String(last);
    // A sentence of its own: pages append their advice after it.
    super(`Every endpoint failed. Last error: ${/[.!?]$/.test(message) ? message : `${message}.`}`);
    this.name = "AllEndpointsFailedError";
    this.causes = causes;
  }
}

export class EndpointPool {
  private readonly states: EndpointState[];
  private readonly cooldownMs: number;
  private readonly now: () => number;
  private readonly isEndpointFailure: (err: unknown) => boolean;
  private readonly listeners = new Set<Listener>();
  private lastActive: string;

  constructor(urls: readonly string[], opts: EndpointPoolOptions) {
    if (urls.length === 0) throw new Error("An endpoint pool needs at least one endpoint.");
    this.states = urls.map((url) => ({ url, failedAt: null, lastError: null }));
    this.cooldownMs = opts.cooldownMs ?? 30_000;
    this.now = opts.now ?? Date.now;
    this.isEndpointFailure = opts.isEndpointFailure;
    this.lastActive = this.active;
  }

  /** Endpoints in the order they will be tried: healthy ones by preference, then cooling ones, oldest failure first. */
  order(): string[] {
    const t = this.now();
    const healthy = this.states.filter((s) => s.failedAt === null || t - s.failedAt >= this.cooldownMs);
    const cooling = this.states
      .filter((s) => s.failedAt !== null && t - s.failedAt < this.cooldownMs)
      .sort((a, b) => (a.failedAt ?? 0) - (b.failedAt ?? 0));
    return [...healthy, ...cooling].map((s) => s.url);
  }

  get active(): string {
    return this.order()[0] as string;
  }

  snapshot(): readonly EndpointState[] {
    return this.states.map((s) => ({ ...s }));
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  markFailed(url: string, err: unknown): void {
    const state = this.states.find((s) => s.url === url);
    if (!state) return;
    state.failedAt = this.now();
    state.lastError = err instanceof Error ? err.message : String(err);
    this.notify();
  }

  markHealthy(url: string): void {
    const state = this.states.find((s) => s.url === url);
    if (!state || state.failedAt === null) return;
    state.failedAt = null;
    state.lastError = null;
    this.notify();
  }

  async run<T>(call: (baseUrl: string) => Promise<T>): Promise<T> {
    const causes: unknown[] = [];
    for (const url of this.order()) {
      try {
        const result = await call(url);
        this.markHealthy(url);
        return result;
      } catch (err) {
        if (!this.isEndpointFailure(err)) throw err;
        causes.push(err);
        this.markFailed(url, err);
      }
    }
    throw new AllEndpointsFailedError(causes);
  }

  private notify(): void {
    const active = this.active;
    if (active === this.lastActive) return;
    this.lastActive = active;
    for (const listener of this.listeners) listener(active);
  }
}
