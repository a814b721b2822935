// Seeded mutations of SDL text, for the checker's fuzz test and the sdl-fuzz benchmark: the edits
// a tenant (or a hostile share link) makes to a template, one to three at a time. Odd values
// (.inf, 1e308, a size in a wrong unit, a map where a number goes), lines deleted, repeated,
// swapped, indented differently, keys misspelt, text cut off. Same seed, same mutations.

/** mulberry32: a small, fast PRNG with a 32-bit state, so a failing case replays from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values that have broken SDL checkers: non-finite, huge, exponent, negative, wrong shape, wrong unit. */
export const ODD_VALUES = [
  ".inf",
  "-.inf",
  ".nan",
  "1e308",
  "1e21",
  "-1e21",
  "99999999999999999999",
  "-1",
  "0",
  "-0",
  "0.0000001",
  "0x10",
  "0o17",
  "1_000",
  "eight",
  "''",
  '""',
  "~",
  "null",
  "true",
  "[]",
  "{}",
  "[1, 2]",
  "{ a: 1 }",
  "1e308Gi",
  "20Gb",
  "1.5.5Gi",
  "Gi",
  "-512Mi",
  "1Ei",
  "65536",
  "70000",
  "2.5",
  "100m",
  "0.0005",
  "*nowhere",
  "&a x",
  "!!binary aGVsbG8=",
  "!!int eight",
  "'unterminated",
  "é漢字🙂",
  "x".repeat(300),
  "a:b:c",
  "- item",
] as const;

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

function mutateLines(r: Rand, lines: string[]): string[] {
  const out = [...lines];
  const i = Math.floor(r() * out.length);
  const line = out[i] ?? "";
  switch (Math.floor(r() * 9)) {
    case 0: {
      // a value replaced by an odd one (or a key given one where it had a block)
      const colon = line.indexOf(": ");
      const at = colon >= 0 ? colon + 2 : line.trimEnd().endsWith(":") ? line.length : -1;
      out[i] =
        at >= 0
          ? `${line.slice(0, at).replace(/:$/, ": ")}${pick(r, ODD_VALUES)}`
          : `${line} ${pick(r, ODD_VALUES)}`;
      break;
    }
    case 1:
      out.splice(i, 1);
      break;
    case 2:
      out.splice(i, 0, line);
      break;
    case 3: {
      const j = Math.floor(r() * out.length);
      out[i] = out[j] ?? "";
      out[j] = line;
      break;
    }
    case 4:
      out[i] = r() < 0.5 ? `  ${line}` : line.replace(/^ {1,2}/, "");
      break;
    case 5: {
      // a key misspelt: one character dropped, doubled or changed
      const m = /^(\s*-?\s*)([A-Za-z_][\w-]*)(:.*)$/.exec(line);
      if (!m) break;
      const [, lead, key = "", rest] = m;
      const k = Math.floor(r() * key.length);
      const typo = [
        key.slice(0, k) + key.slice(k + 1),
        key.slice(0, k) + key[k] + key.slice(k),
        key.slice(0, k) + "x" + key.slice(k + 1),
      ];
      out[i] = `${lead}${pick(r, typo) || "x"}${rest}`;
      break;
    }
    case 6:
      out.splice(
        i,
        0,
        `${line.match(/^\s*/)?.[0] ?? ""}${pick(r, ["bogus", "units", "size", "count", "image", "<<"])}: ${pick(r, ODD_VALUES)}`,
      );
      break;
    case 7:
      out[i] = line.replace(/ /g, r() < 0.5 ? "\t" : "");
      break;
    default:
      return out.slice(0, Math.max(1, i));
  }
  return out;
}

/** One mutant of `text`: one to three edits, chosen by `r`. */
export function mutate(text: string, r: Rand): string {
  let lines = text.split("\n");
  const edits = 1 + Math.floor(r() * 3);
  for (let e = 0; e < edits; e++) lines = mutateLines(r, lines);
  if (r() < 0.05) {
    const joined = lines.join("\n");
    return joined.slice(0, Math.floor(r() * joined.length));
  }
  return lines.join("\n");
}

/** Lines a diagnostic may not point at: nothing there to fix (a blank line or a comment). */
export function isEmptyLine(line: string | undefined): boolean {
  const t = (line ?? "").trim();
  return t === "" || t.startsWith("#");
}
