// The relay's message store: every published message is kept for its TTL, and handed to each
// client subscribed to its topic (now, or when it subscribes later: a phone that reconnects)
// until that client acknowledges it. A client never receives what it published itself.
// Time comes from an injected clock, so TTL expiry is testable without waiting.

export interface StoredMessage {
  seq: number;
  topic: string;
  message: string;
  /** ms since the epoch, as the relay stamps it */
  publishedAt: number;
  tag: number;
  /** ms since the epoch after which the message is gone */
  expiresAt: number;
  attestation?: string;
  publisher: string;
  acked: Set<string>;
}

export interface Publication {
  topic: string;
  message: string;
  /** seconds */
  ttl: number;
  tag: number;
  attestation?: string;
}

export class Mailbox {
  private seq = 0;
  private readonly byTopic = new Map<string, StoredMessage[]>();

  constructor(private readonly now: () => number) {}

  publish(p: Publication, publisher: string): StoredMessage {
    const publishedAt = this.now();
    const stored: StoredMessage = {
      seq: ++this.seq,
      topic: p.topic,
      message: p.message,
      publishedAt,
      tag: p.tag,
      expiresAt: publishedAt + p.ttl * 1000,
      publisher,
      acked: new Set(),
      ...(p.attestation ? { attestation: p.attestation } : {}),
    };
    const list = this.byTopic.get(p.topic) ?? [];
    list.push(stored);
    this.byTopic.set(p.topic, list);
    return stored;
  }

  /** Unexpired messages on the topic that this client has neither sent nor acknowledged. */
  pendingFor(topic: string, clientId: string): StoredMessage[] {
    const now = this.now();
    return (this.byTopic.get(topic) ?? []).filter(
      (m) => m.expiresAt > now && m.publisher !== clientId && !m.acked.has(clientId),
    );
  }

  isLive(m: StoredMessage): boolean {
    return m.expiresAt > this.now();
  }

  ack(m: StoredMessage, clientId: string): void {
    m.acked.add(clientId);
  }

  /** Drops expired messages; returns how many were dropped. */
  sweep(): number {
    const now = this.now();
    let dropped = 0;
    for (const [topic, list] of this.byTopic) {
      const kept = list.filter((m) => m.expiresAt > now);
      dropped += list.length - kept.length;
      if (kept.length) this.byTopic.set(topic, kept);
      else this.byTopic.delete(topic);
    }
    return dropped;
  }

  get size(): number {
    let n = 0;
    for (const list of this.byTopic.values()) n += list.length;
    return n;
  }
}
