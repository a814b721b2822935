// Fails on any string literal that is a valid BIP-39 mnemonic (English word list and checksum),
// so a real or test key can never be committed inside source code. Tests generate mnemonics at
// runtime or read them from the local network's data dir instead.
import { validateMnemonic } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english.js";

const VALID_LENGTHS = new Set([12, 15, 18, 21, 24]);

/** @param {string} text */
export function isMnemonic(text) {
  const words = text.trim().toLowerCase().split(/\s+/);
  if (!VALID_LENGTHS.has(words.length)) return false;
  return validateMnemonic(words.join(" "), wordlist);
}

/** @type {import("eslint").Rule.RuleModule} */
export const noMnemonicLiteral = {
  meta: {
    type: "problem",
    docs: { description: "disallow BIP-39 mnemonics in string literals" },
    messages: {
      mnemonic:
        "This string is a valid BIP-39 mnemonic. Never commit a mnemonic: generate it at runtime or read it from the local network's data dir.",
    },
    schema: [],
  },
  create(context) {
    /** @param {import("estree").Node} node @param {string} text */
    const check = (node, text) => {
      if (text.length >= 40 && isMnemonic(text)) context.report({ node, messageId: "mnemonic" });
    };
    return {
      Literal(node) {
        if (typeof node.value === "string") check(node, node.value);
      },
      TemplateElement(node) {
        check(node, node.value.cooked ?? node.value.raw);
      },
    };
  },
};

export default { rules: { "no-mnemonic-literal": noMnemonicLiteral } };
