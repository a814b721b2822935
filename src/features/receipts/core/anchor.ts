// Anchoring: which receipts a wallet's own signature vouches for. A hash chain alone proves
// nothing about who wrote it (anyone can recompute every hash), so a receipt counts as anchored
// only when an attestation (attestation.ts) by the very wallet that signed the receipt covers it:
// the attestation's signature is valid, the head it names is this chain's entry at its count, and
// the receipt sits at or before that head. Everything else is unanchored: receipts after the
// signed head are "not covered"; receipts of a wallet that never signed a head have no anchor.
// An attestation that does not check out, names a head that is not in the chain, or vouches for
// none of its own signer's receipts is evidence of tampering, never just "unanchored".
import { attestationProblem, parseStatement, type HeadAttestation } from "./attestation";
import type { Receipt } from "./receipt";

export interface ValidAttestation {
  signer: string;
  count: number;
  head: string;
  signedAt: string;
  attestation: HeadAttestation;
}

export interface Anchoring {
  total: number;
  anchored: number;
  /** receipts after the last head their signer signed */
  notCovered: number;
  /** signers with receipts here but no valid attestation, with how many receipts each */
  unsignedSigners: { signer: string; receipts: number }[];
  /** every signer with receipts here: how many, and how many of them are anchored */
  bySigner: { signer: string; receipts: number; anchored: number }[];
  /** 0-based index of the first receipt that is not anchored, or null */
  firstUnanchored: number | null;
  /** the attestations that check out, newest head per signer */
  valid: ValidAttestation[];
  /** one sentence per attestation that is forged, edited, misplaced or foreign */
  invalid: string[];
}

function isAttestation(v: unknown): v is HeadAttestation {
  if (!v || typeof v !== "object") return false;
  const a = v as Record<string, unknown>;
  return (
    a.kind === "adr036" &&
    typeof a.signer === "string" &&
    typeof a.pubKey === "string" &&
    typeof a.signature === "string" &&
    typeof a.data === "string"
  );
}

/** Checks one attestation against the chain: the valid statement, or why it anchors nothing. */
async function checkOne(
  value: unknown,
  receipts: readonly Receipt[],
): Promise<{ ok: true; a: ValidAttestation } | { ok: false; problem: string }> {
  if (!isAttestation(value)) return { ok: false, problem: "An attestation in this file cannot be read." };
  const who = value.signer;
  const bad = await attestationProblem(value);
  if (bad) return { ok: false, problem: `The attestation claimed by ${who} is forged or damaged: ${bad}.` };
  const statement = parseStatement(value.data);
  if (!statement) return { ok: false, problem: `The attestation by ${who} does not sign a chain head.` };
  const { count, head } = statement;
  if (!Number.isInteger(count) || count < 1 || receipts[count - 1]?.sha256 !== head)
    return {
      ok: false,
      problem: `${who} signed a head of ${count} receipts that is not in this chain: receipts were changed, removed, reordered or replaced after it was signed.`,
    };
  if (!receipts.slice(0, count).some((r) => r.wallet.signer === who))
    return {
      ok: false,
      problem: `The attestation by ${who} covers none of ${who}'s own receipts: a wallet can only vouch for what it signed.`,
    };
  return { ok: true, a: { signer: who, count, head, signedAt: statement.signedAt, attestation: value } };
}

/** Anchoring of a chain whose hashes and links already verified. */
export async function anchorChain(
  receipts: readonly Receipt[],
  attestations: readonly unknown[],
): Promise<Anchoring> {
  const invalid: string[] = [];
  const best = new Map<string, ValidAttestation>();
  for (const value of attestations) {
    const checked = await checkOne(value, receipts);
    if (!checked.ok) invalid.push(checked.problem);
    else if ((best.get(checked.a.signer)?.count ?? 0) < checked.a.count)
      best.set(checked.a.signer, checked.a);
  }
  let anchored = 0;
  let notCovered = 0;
  let firstUnanchored: number | null = null;
  const unsigned = new Map<string, number>();
  const bySigner = new Map<string, { signer: string; receipts: number; anchored: number }>();
  receipts.forEach((r, i) => {
    const who = r.wallet.signer;
    const tally = bySigner.get(who) ?? { signer: who, receipts: 0, anchored: 0 };
    bySigner.set(who, tally);
    tally.receipts++;
    const a = best.get(who);
    if (a && i < a.count) {
      anchored++;
      tally.anchored++;
      return;
    }
    firstUnanchored ??= i;
    if (a) notCovered++;
    else unsigned.set(who, (unsigned.get(who) ?? 0) + 1);
  });
  return {
    total: receipts.length,
    anchored,
    notCovered,
    unsignedSigners: [...unsigned].map(([signer, n]) => ({ signer, receipts: n })),
    bySigner: [...bySigner.values()],
    firstUnanchored,
    valid: [...best.values()],
    invalid,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Sentences for the CLI, the import dialog and the panel: what is anchored and what is not. */
export function describeAnchoring(a: Anchoring): string[] {
  const lines = [...a.invalid];
  for (const v of a.valid)
    lines.push(`Signed by ${v.signer}: its receipts among the first ${v.count} are anchored.`);
  if (a.total === 0) return lines;
  if (a.anchored === a.total) {
    lines.push(
      `Anchored: all ${plural(a.total, "receipt")} are covered by a signature of the wallet that made them.`,
    );
    return lines;
  }
  if (a.valid.length === 0 && a.invalid.length === 0)
    lines.push("No wallet attestation: anyone could have written these receipts and recomputed every hash.");
  const missing = a.total - a.anchored;
  const parts: string[] = [];
  const verb = (n: number, one: string, many: string) => (n === 1 ? one : many);
  if (a.notCovered > 0)
    parts.push(
      `${plural(a.notCovered, "receipt")} after the signed head ${verb(a.notCovered, "is", "are")} not covered`,
    );
  for (const s of a.unsignedSigners)
    parts.push(
      `${plural(s.receipts, "receipt")} of ${s.signer} ${verb(s.receipts, "has", "have")} no signature of that wallet`,
    );
  lines.push(`Unanchored: ${missing} of ${a.total} receipts are not anchored (${parts.join("; ")}).`);
  return lines;
}
