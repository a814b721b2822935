import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import { generateMnemonic } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { noMnemonicLiteral, isMnemonic } from "./no-mnemonic-literal.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// Generated at runtime: the rule itself forbids writing one down.
const valid24 = generateMnemonic(wordlist, 256);
const valid12 = generateMnemonic(wordlist, 128);
const words = valid12.split(" ");
// Same words, wrong checksum (swap first and last word; almost always invalid).
const badChecksum = [words[11], ...words.slice(1, 11), words[0]].join(" ");

new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: "module" } }).run(
  "no-mnemonic-literal",
  noMnemonicLiteral,
  {
    valid: [
      { code: `const s = "hello world this is not a mnemonic at all, just a long sentence";` },
      { code: `const s = ${JSON.stringify(isMnemonic(badChecksum) ? "abandon" : badChecksum)};` },
      { code: "const n = 12;" },
    ],
    invalid: [
      { code: `const m = ${JSON.stringify(valid24)};`, errors: [{ messageId: "mnemonic" }] },
      { code: `const m = ${JSON.stringify(valid12.toUpperCase())};`, errors: [{ messageId: "mnemonic" }] },
      { code: "const m = `" + valid12 + "`;", errors: [{ messageId: "mnemonic" }] },
    ],
  },
);
