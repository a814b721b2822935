// The tamper study as a corpus: a victim's genuine, signed export and the ways an attacker with the
// file (or the browser's storage) changes it: edit, delete, reorder, back-date, fabricate, strip
// the attestation, sign with another key while naming the victim, append after the signed head,
// replay, edit the header. Each case says what every verifier must conclude and why, in words the
// verdict contains. The CLI test and the panel tests run every case.
import { attestationText, type HeadAttestation } from "../core/attestation";
import { sealReceipt } from "../core/canonical";
import { makeHeader, toJsonExport, toJsonlExport } from "../core/export-format";
import type { Receipt } from "../core/receipt";
import { ATTACKER_KEY, SAMPLE_KEY, addressOf, attestHead, signStatement } from "./keys";
import { sampleChain } from "./sample-chain";

export interface TamperCase {
  name: string;
  /** the export file as the attacker leaves it */
  text: string;
  expect: "broken" | "unanchored";
  /** a phrase the verdict's sentences contain */
  why: RegExp;
  /** false when the tampering lives in the export header only (a browser's store has none) */
  inStore: boolean;
}

export interface TamperCorpus {
  victim: string;
  attacker: string;
  genuine: { receipts: Receipt[]; attestation: HeadAttestation; jsonl: string; json: string };
  cases: TamperCase[];
}

const STAMP = "2026-11-21T20:00:00.000Z";
const clone = (r: readonly Receipt[]): Receipt[] => structuredClone([...r]) as Receipt[];

/** What an attacker can always do: recompute every prev, completes and sha256 from the (edited) bodies. */
export async function reseal(receipts: readonly Receipt[]): Promise<Receipt[]> {
  const out: Receipt[] = [];
  const renamed = new Map<string, string>();
  let prev: string | null = null;
  for (const r of receipts) {
    const { sha256: old, prev: _p, ...body } = r;
    const completes = body.completes === null ? null : (renamed.get(body.completes) ?? body.completes);
    const sealed = await sealReceipt({ ...body, completes }, prev);
    renamed.set(old, sealed.sha256);
    out.push(sealed);
    prev = sealed.sha256;
  }
  return out;
}

const jsonl = (r: readonly Receipt[], a: readonly HeadAttestation[]) =>
  toJsonlExport(makeHeader(r, a, STAMP), r);

const BROKEN_HASH = /does not match its sha256/;
const NOT_IN_CHAIN = /signed a head of \d+ receipts that is not in this chain/;
const NO_ATTESTATION = /No wallet attestation/;

export async function tamperCorpus(): Promise<TamperCorpus> {
  const victim = await addressOf(SAMPLE_KEY);
  const attacker = await addressOf(ATTACKER_KEY);
  const receipts = await sampleChain(6, { signer: victim });
  const attestation = await attestHead(SAMPLE_KEY, receipts);
  const genuine = {
    receipts,
    attestation,
    jsonl: jsonl(receipts, [attestation]),
    json: toJsonExport(makeHeader(receipts, [attestation], STAMP), receipts),
  };
  const cases: TamperCase[] = [];
  const add = (name: string, text: string, expect: TamperCase["expect"], why: RegExp, inStore = true) =>
    cases.push({ name, text, expect, why, inStore });
  /** an edit, then: left as is, resealed with the attestation kept, resealed and stripped */
  const threeWays = async (kind: string, edit: (r: Receipt[]) => Receipt[], unsealedWhy: RegExp) => {
    const edited = edit(clone(receipts));
    add(`${kind}`, jsonl(edited, [attestation]), "broken", unsealedWhy);
    add(`${kind}, every hash recomputed`, jsonl(await reseal(edited), [attestation]), "broken", NOT_IN_CHAIN);
    add(
      `${kind}, hashes recomputed, attestation stripped`,
      jsonl(await reseal(edited), []),
      "unanchored",
      NO_ATTESTATION,
    );
  };

  await threeWays("edited reason", (r) => ((r[4]!.reason = "I never asked for this"), r), BROKEN_HASH);
  await threeWays(
    "edited deposit amount",
    (r) => ((r[0]!.request.deposit = { denom: "uact", amount: "1" }), r),
    BROKEN_HASH,
  );
  await threeWays("receipt deleted", (r) => (r.splice(5, 1), r), /prev does not match/);
  // Two whole attempts swapped, so the reordered chain still reads as a sensible history.
  await threeWays(
    "attempts reordered",
    (r) => [...r.slice(0, 2), ...r.slice(4, 6), ...r.slice(2, 4), ...r.slice(6)],
    /prev does not match/,
  );
  await threeWays("back-dated", (r) => ((r[6]!.timestamp = "2020-01-01T00:00:00.000Z"), r), BROKEN_HASH);
  await threeWays("signer changed", (r) => ((r[3]!.wallet.signer = attacker), r), BROKEN_HASH);

  add(
    "first receipt deleted",
    jsonl(receipts.slice(1), [attestation]),
    "broken",
    /receipts before it were removed/,
  );
  add("last receipt deleted", jsonl(receipts.slice(0, -1), [attestation]), "broken", NOT_IN_CHAIN);
  const cut = JSON.stringify(makeHeader(receipts, [attestation], STAMP));
  add(
    "last receipt cut off, header left",
    [cut, ...receipts.slice(0, -1).map((r) => JSON.stringify(r))].join("\n"),
    "broken",
    /header says 12 receipts but the file holds 11/,
    false,
  );
  // A browser's store cannot even hold it: its sha256 and id indexes are unique.
  add(
    "receipt replayed at the end",
    jsonl([...receipts, receipts[3]!], [attestation]),
    "broken",
    /prev does not match/,
    false,
  );

  // Fabrication: receipts the victim never made, appended or as a whole chain.
  const appended = await sampleChain(2, {
    signer: victim,
    prev: receipts.at(-1)!.sha256,
    idPrefix: "forged",
  });
  add(
    "receipts appended after the signed head",
    jsonl([...receipts, ...appended], [attestation]),
    "unanchored",
    /after the signed head/,
  );
  add(
    "receipts appended, header left",
    [genuine.jsonl.trimEnd(), ...appended.map((r) => JSON.stringify(r))].join("\n"),
    "broken",
    /header says 12 receipts but the file holds 16/,
    false,
  );
  const fabricated = await sampleChain(4, { signer: victim, idPrefix: "fake", start: Date.UTC(2026, 9, 1) });
  add("fabricated chain naming the victim", jsonl(fabricated, []), "unanchored", NO_ATTESTATION);
  add(
    "fabricated chain with the victim's attestation copied",
    jsonl(fabricated, [attestation]),
    "broken",
    NOT_IN_CHAIN,
  );
  add(
    "fabricated chain signed by the attacker",
    jsonl(fabricated, [await attestHead(ATTACKER_KEY, fabricated)]),
    "broken",
    /covers none of .* own receipts/,
  );
  const head = attestationText(fabricated.at(-1)!.sha256, fabricated.length, STAMP);
  add(
    "attacker's signature claimed as the victim's",
    jsonl(fabricated, [await signStatement(ATTACKER_KEY, head, victim)]),
    "broken",
    /public key in the attestation does not belong to the signer address/,
  );
  const victimKeyed = await signStatement(SAMPLE_KEY, head);
  const attackerSig = (await signStatement(ATTACKER_KEY, head, victim)).signature;
  add(
    "attacker's signature under the victim's public key",
    jsonl(fabricated, [{ ...victimKeyed, signature: attackerSig }]),
    "broken",
    /signature does not match the signed statement/,
  );
  const all = [...receipts, ...appended];
  const raised = attestation.data
    .replace(`"count":${receipts.length}`, `"count":${all.length}`)
    .replace(receipts.at(-1)!.sha256, all.at(-1)!.sha256);
  add(
    "signed statement edited to cover appended receipts",
    jsonl(all, [{ ...attestation, data: raised }]),
    "broken",
    /signature does not match/,
  );

  // Stripping and header edits.
  add("attestation stripped", jsonl(receipts, []), "unanchored", NO_ATTESTATION);
  add("header line removed", receipts.map((r) => JSON.stringify(r)).join("\n"), "unanchored", NO_ATTESTATION);
  add(
    "header head edited",
    jsonl(receipts, [attestation]).replace(
      `"head":"${receipts.at(-1)!.sha256}"`,
      `"head":"${"0".repeat(64)}"`,
    ),
    "broken",
    /header's head is not the last receipt's sha256/,
    false,
  );
  add(
    "attestation replaced by garbage",
    jsonl(receipts, [{ kind: "x" } as unknown as HeadAttestation]),
    "broken",
    /cannot be read/,
  );
  add(
    "only an older head signed",
    jsonl(receipts, [await attestHead(SAMPLE_KEY, receipts, 6)]),
    "unanchored",
    /6 receipts after the signed head are not covered/,
  );
  const fakeImport = clone(receipts);
  fakeImport[7]!.imported = { prev: null, sha256: "a".repeat(64) };
  add(
    "receipt marked as imported from a chain that never was",
    jsonl(await reseal(fakeImport), []),
    "broken",
    /imported from another chain/,
  );
  return { victim, attacker, genuine, cases };
}
