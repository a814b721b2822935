// Chain errors → sentences a tenant can act on. Keyed by (codespace, code) as the Cosmos SDK
// and Akash modules define them; the raw log is always kept for the "details" disclosure.

type Explainer = string | ((rawLog: string) => string);

const SENTENCES: Record<string, Explainer> = {
  "sdk/5":
    "Your wallet does not hold enough funds for this transaction and its fee. Add AKT (for fees) or ACT (for deposits) and try again.",
  "sdk/13": "The fee was below what the network accepts. Try again; the console will recompute it.",
  "sdk/11": "The transaction ran out of gas. Try again; the console simulates it again first.",
  "sdk/32": "Your account's sequence changed while signing (another transaction went through). Sign again.",
  "sdk/19": "This transaction is already waiting to be included.",
  "sdk/4": "The wallet that signed is not allowed to do this (it does not own the deployment or the lease).",
  "sdk/9": "Your account does not exist on this network yet: receive some AKT first.",
  "deployment/3": "A deployment with this sequence number already exists. Create it again to get a new one.",
  "deployment/4": "This deployment does not exist on chain.",
  "deployment/5": "This deployment is already closed.",
  "deployment/10": "The deployment hash is invalid: the SDL changed in a way the chain rejects.",
  "deployment/15": "This group is already closed.",
  "deployment/20": (log) =>
    /min/i.test(log)
      ? "The deposit is below the network's minimum (0.5 ACT)."
      : "The deposit is invalid: deployments are funded in ACT.",
  "deployment/24": "The price in the SDL is invalid: deployments must be priced in uact.",
  "market/11": "This bid is no longer active.",
  "market/12": "This bid is no longer open: the provider withdrew it or another bid was accepted.",
  "market/13": "The order is no longer open: a lease was already created or the deployment was closed.",
  "market/10": "This lease is no longer active.",
  "market/20": "This lease does not exist on chain.",
  "escrow/2": "The deployment's escrow account is closed.",
  "escrow/4": "The deployment's escrow account ran out of funds.",
  "escrow/5": "Deposits in this denomination are not accepted here.",
  "bank/5": "ACT cannot be sent between accounts; mint it from AKT instead.",
};

export function explainChainError(
  codespace: string | null,
  code: number | null,
  rawLog: string | null,
): string {
  const log = rawLog ?? "";
  const hit = SENTENCES[`${codespace ?? "sdk"}/${code ?? 0}`];
  if (typeof hit === "function") return hit(log);
  if (hit) return hit;
  if (/insufficient funds/i.test(log)) return SENTENCES["sdk/5"] as string;
  if (/deployment closed/i.test(log)) return SENTENCES["deployment/5"] as string;
  return `The chain rejected the transaction (${codespace ?? "sdk"} code ${code ?? "?"}). See the details below.`;
}

/**
 * The sequence the chain expects, from an ante-handler mismatch ("account sequence mismatch,
 * expected 7, got 6"). The mempool's check state counts transactions not yet in a block, which
 * the account query (committed state) does not, so after another tab's transaction this is the
 * only source of the right number.
 */
export function expectedSequence(rawLog: string | null): number | null {
  const m = /account sequence mismatch, expected (\d+)/i.exec(rawLog ?? "");
  return m?.[1] ? Number(m[1]) : null;
}

export function isSequenceMismatch(
  codespace: string | null,
  code: number | null,
  rawLog: string | null,
): boolean {
  return (
    (codespace === "sdk" && code === 32) ||
    /account sequence mismatch|incorrect account sequence/i.test(rawLog ?? "")
  );
}

// Wallets decline in their own words: Keplr "Request rejected", Leap "Transaction declined",
// WalletConnect "User rejected", Cosmostation "The requested account and/or method has not been
// authorized by the user." with code 4001 (EIP-1193's userRejectedRequest, which cosmos-kit's
// Cosmostation wallet declares as its rejectCode).
const REJECTION_WORDS = /reject|denied|cancel|declined|user closed|not been authori[sz]ed by the user/i;
const REJECTION_CODES = new Set([4001]);

export function isUserRejection(err: unknown): boolean {
  const code = err && typeof err === "object" && "code" in err ? Number(err.code) : NaN;
  if (REJECTION_CODES.has(code)) return true;
  const text = err instanceof Error ? err.message : String(err);
  return REJECTION_WORDS.test(text);
}
