// A bare relay client for tests: an Ed25519 key (its did:key is the client id), the relay JWT the
// WalletConnect SDK would sign, and JSON-RPC over the websocket with the SDK's acknowledgement
// of every irn_subscription. Lets tests speak the wire protocol without the SDK in between.
import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import WebSocket from "ws";

const BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

function base58(bytes: Uint8Array): string {
  let n = BigInt(`0x${Buffer.from(bytes).toString("hex")}`);
  let out = "";
  while (n > 0n) {
    out = BASE58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

export interface Delivery {
  topic: string;
  message: string;
  publishedAt: number;
  tag: number;
}

export class RelayKey {
  readonly clientId: string;
  private readonly privateKey: KeyObject;

  constructor() {
    const { publicKey, privateKey } = generateKeyPairSync("ed25519");
    const raw = Buffer.from(publicKey.export({ format: "jwk" }).x ?? "", "base64url");
    this.clientId = `did:key:z${base58(Buffer.concat([Buffer.from([0xed, 0x01]), raw]))}`;
    this.privateKey = privateKey;
  }

  jwt(aud: string, claims: { iat?: number; exp?: number } = {}): string {
    const iat = claims.iat ?? Math.floor(Date.now() / 1000);
    const payload = { iss: this.clientId, sub: "a".repeat(64), aud, iat, exp: claims.exp ?? iat + 86_400 };
    const data = `${b64url({ alg: "EdDSA", typ: "JWT" })}.${b64url(payload)}`;
    return `${data}.${sign(null, Buffer.from(data), this.privateKey).toString("base64url")}`;
  }
}

export class TestRelayClient {
  readonly deliveries: Delivery[] = [];
  private seq = 1;
  private readonly pending = new Map<
    number,
    (v: { result?: unknown; error?: { message: string } }) => void
  >();
  private waiters: Array<() => void> = [];

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (raw) => {
      const msg = JSON.parse(String(raw)) as {
        id: number;
        method?: string;
        params?: { data: Delivery };
        result?: unknown;
        error?: { message: string };
      };
      if (msg.method === "irn_subscription" && msg.params) {
        this.deliveries.push(msg.params.data);
        ws.send(JSON.stringify({ jsonrpc: "2.0", id: msg.id, result: true }));
        this.waiters.forEach((w) => w());
        return;
      }
      this.pending.get(msg.id)?.(msg);
      this.pending.delete(msg.id);
    });
  }

  static connect(relayUrl: string, key: RelayKey, auth = key.jwt(relayUrl)): Promise<TestRelayClient> {
    const ws = new WebSocket(`${relayUrl}/?auth=${auth}&projectId=test`);
    return new Promise((resolve, reject) => {
      ws.once("open", () => resolve(new TestRelayClient(ws)));
      ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.once("error", reject);
    });
  }

  async call(method: string, params: unknown): Promise<unknown> {
    const id = this.seq++;
    const answer = new Promise<{ result?: unknown; error?: { message: string } }>((r) =>
      this.pending.set(id, r),
    );
    this.ws.send(JSON.stringify({ jsonrpc: "2.0", id, method, params }));
    const msg = await answer;
    if (msg.error) throw new Error(msg.error.message);
    return msg.result;
  }

  /** Resolves once `count` messages have been delivered (or rejects after timeoutMs). */
  async received(count: number, timeoutMs = 2_000): Promise<Delivery[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.deliveries.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} deliveries, got ${this.deliveries.length}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, left);
        this.waiters.push(() => (clearTimeout(t), r()));
      });
    }
    return this.deliveries;
  }

  close(): Promise<void> {
    return new Promise((r) => {
      if (this.ws.readyState === WebSocket.CLOSED) return r();
      this.ws.once("close", () => r());
      this.ws.close();
    });
  }
}
