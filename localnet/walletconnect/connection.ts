// One client's websocket on the relay: its JSON-RPC methods (irn_* and the Sign API's
// wc_proposeSession / wc_approveSession), the topics it subscribed on this socket, and delivery
// of stored messages as irn_subscription requests that the client acknowledges.
import { createHash } from "node:crypto";
import type { WebSocket } from "ws";
import type { Mailbox, Publication, StoredMessage } from "./mailbox.ts";
import * as P from "./params.ts";

export interface Hub {
  mailbox: Mailbox;
  /** live connections subscribed to a topic (for fan-out on publish) */
  subscribers(topic: string): Iterable<RelayConnection>;
}

interface RpcRequest {
  id: number | string;
  method: string;
  params?: unknown;
}

class MethodNotFound extends Error {}

let rpcSeq = 0;
/** JSON-safe 16-digit ids: ms timestamp plus a counter (the spec suggests 19 digits, which JSON numbers cannot hold). */
const nextRpcId = () => Date.now() * 1000 + (rpcSeq++ % 1000);

/** The subscription id the SDK computes too: sha256(topic + clientId), hex. */
export function subscriptionId(topic: string, clientId: string): string {
  return createHash("sha256")
    .update(topic + clientId)
    .digest("hex");
}

export class RelayConnection {
  readonly topics = new Set<string>();
  /** irn_subscription requests awaiting the client's acknowledgement */
  private readonly awaitingAck = new Map<number, StoredMessage>();
  private readonly sent = new Set<number>();

  constructor(
    readonly ws: WebSocket,
    readonly clientId: string,
    private readonly hub: Hub,
  ) {
    ws.on("message", (data) => this.onFrame(String(data)));
  }

  private send(msg: unknown): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(msg));
  }

  private onFrame(text: string): void {
    let msg: unknown;
    try {
      msg = JSON.parse(text);
    } catch {
      return this.send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
    }
    const m = msg as Partial<RpcRequest> & { result?: unknown; error?: unknown };
    if (typeof m.method !== "string") return this.onResponse(m);
    const id = m.id ?? null;
    try {
      const result = this.call(m.method, m.params);
      this.send({ jsonrpc: "2.0", id, result: result.value });
      result.after?.();
    } catch (e) {
      const error =
        e instanceof P.InvalidParams
          ? { code: -32602, message: `Invalid params: ${e.message}` }
          : e instanceof MethodNotFound
            ? { code: -32601, message: `Method not found: ${m.method}` }
            : { code: -32603, message: "Internal error" };
      this.send({ jsonrpc: "2.0", id, error });
    }
  }

  private onResponse(m: { id?: unknown; result?: unknown }): void {
    const stored = typeof m.id === "number" ? this.awaitingAck.get(m.id) : undefined;
    if (!stored || m.result !== true) return;
    this.awaitingAck.delete(m.id as number);
    this.hub.mailbox.ack(stored, this.clientId);
  }

  /** Sends a stored message once per socket; it stays in the mailbox until acknowledged. */
  deliver(stored: StoredMessage): void {
    if (this.sent.has(stored.seq) || !this.hub.mailbox.isLive(stored)) return;
    this.sent.add(stored.seq);
    const id = nextRpcId();
    this.awaitingAck.set(id, stored);
    const data = {
      topic: stored.topic,
      message: stored.message,
      publishedAt: stored.publishedAt,
      tag: stored.tag,
      ...(stored.attestation ? { attestation: stored.attestation } : {}),
    };
    this.send({
      jsonrpc: "2.0",
      id,
      method: "irn_subscription",
      params: { id: subscriptionId(stored.topic, this.clientId), data },
    });
  }

  private subscribe(topics: string[]): () => void {
    for (const t of topics) this.topics.add(t);
    return () =>
      topics.forEach((t) => this.hub.mailbox.pendingFor(t, this.clientId).forEach((m) => this.deliver(m)));
  }

  private publish(p: Publication[]): void {
    for (const pub of p) {
      const stored = this.hub.mailbox.publish(pub, this.clientId);
      for (const peer of this.hub.subscribers(pub.topic))
        if (peer.clientId !== this.clientId) peer.deliver(stored);
    }
  }

  private fetch(topics: string[]) {
    const messages = topics.flatMap((t) =>
      this.hub.mailbox.pendingFor(t, this.clientId).map((m) => {
        this.hub.mailbox.ack(m, this.clientId);
        return { topic: m.topic, message: m.message, publishedAt: m.publishedAt, tag: m.tag };
      }),
    );
    return { messages, hasMore: false };
  }

  private call(method: string, raw: unknown): { value: unknown; after?: () => void } {
    switch (method) {
      case "irn_subscribe": {
        const t = P.topic(P.record(raw).topic);
        return { value: subscriptionId(t, this.clientId), after: this.subscribe([t]) };
      }
      case "irn_batchSubscribe": {
        const ts = P.topics(P.record(raw).topics);
        return { value: ts.map((t) => subscriptionId(t, this.clientId)), after: this.subscribe(ts) };
      }
      case "irn_unsubscribe":
        this.topics.delete(P.topic(P.record(raw).topic));
        return { value: true };
      case "irn_batchUnsubscribe": {
        const subs = P.record(raw).subscriptions;
        if (!Array.isArray(subs)) throw new P.InvalidParams("subscriptions must be a list");
        subs.forEach((s) => this.topics.delete(P.topic(P.record(s, "subscription").topic)));
        return { value: true };
      }
      case "irn_publish": {
        const pub = P.publication(raw);
        return { value: true, after: () => this.publish([pub]) };
      }
      case "irn_batchPublish": {
        const list = P.record(raw).messages;
        if (!Array.isArray(list) || list.length === 0) throw new P.InvalidParams("messages must be a list");
        const pubs = list.map(P.publication);
        return { value: true, after: () => this.publish(pubs) };
      }
      case "irn_fetchMessages":
        return { value: this.fetch([P.topic(P.record(raw).topic)]) };
      case "irn_batchFetchMessages":
        return { value: this.fetch(P.topics(P.record(raw).topics)) };
      case "wc_proposeSession":
        return this.proposeSession(P.record(raw));
      case "wc_approveSession":
        return this.approveSession(P.record(raw));
      default:
        throw new MethodNotFound();
    }
  }

  /** The proposer never subscribes the pairing topic itself: the relay does, to route the answer. */
  private proposeSession(p: Record<string, unknown>) {
    const pairingTopic = P.topic(p.pairingTopic, "pairingTopic");
    const proposal = P.message(p.sessionProposal, "sessionProposal");
    const ttl = P.sessionTtl(p.ttl);
    this.topics.add(pairingTopic);
    const pub = { topic: pairingTopic, message: proposal, ttl, tag: P.TAGS.sessionPropose };
    return { value: true, after: () => this.publish([pub]) };
  }

  /** The wallet's answer on the pairing topic and its settle request on the new session topic. */
  private approveSession(p: Record<string, unknown>) {
    const pairingTopic = P.topic(p.pairingTopic, "pairingTopic");
    const sessionTopic = P.topic(p.sessionTopic, "sessionTopic");
    const response = P.message(p.sessionProposalResponse, "sessionProposalResponse");
    const settle = P.message(p.sessionSettlementRequest, "sessionSettlementRequest");
    const ttl = P.sessionTtl(p.ttl);
    this.topics.add(sessionTopic);
    const pubs = [
      { topic: pairingTopic, message: response, ttl, tag: P.TAGS.sessionProposeResponse },
      { topic: sessionTopic, message: settle, ttl, tag: P.TAGS.sessionSettle },
    ];
    return { value: true, after: () => this.publish(pubs) };
  }
}
