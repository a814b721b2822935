// A stand-in for the browser's WebSocket at the socket factory port: records what the page sends
// and lets a test play the proxy (open, refuse, frames, pong) and the network (drop).
export class FakeSocket {
  static readonly OPEN = 1;
  readyState = 0;
  binaryType = "blob";
  readonly sent: (string | Uint8Array)[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string | ArrayBuffer }) => void) | null = null;
  onclose: ((e: { code: number }) => void) | null = null;

  constructor(readonly url: string) {}

  send(data: string | Uint8Array): void {
    this.sent.push(data);
  }

  close(): void {
    this.drop(1005);
  }

  /** the envelope the page sent first */
  get envelope(): { url: string; token: string; network: string; providerAddress: string } {
    return JSON.parse(String(this.sent[0])) as {
      url: string;
      token: string;
      network: string;
      providerAddress: string;
    };
  }

  /** the socket opens, the proxy reaches the provider */
  accept(): void {
    this.readyState = 1;
    this.onopen?.();
    this.receive(JSON.stringify({ type: "open" }));
  }

  /** the socket opens, the proxy refuses (4xxx close follows) */
  refuse(refusal: { code: string; message: string; providerStatus?: number }, closeCode = 4502): void {
    this.readyState = 1;
    this.onopen?.();
    this.receive(JSON.stringify({ type: "error", ...refusal }));
    this.drop(closeCode);
  }

  receive(data: string | Uint8Array): void {
    const payload = typeof data === "string" ? data : data.slice().buffer;
    this.onmessage?.({ data: payload });
  }

  drop(code = 1006): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

/** A socket factory that keeps every socket it made, newest last. */
export function fakeSockets() {
  const made: FakeSocket[] = [];
  const factory = (url: string) => {
    const s = new FakeSocket(url);
    made.push(s);
    return s as unknown as WebSocket;
  };
  return { made, factory, last: () => made[made.length - 1] as FakeSocket };
}
