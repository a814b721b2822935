// Runs one transaction through the browser's signing pipeline (simulate → fee → receipt → sign
// → broadcast → inclusion), over the same cosmjs chain ports, with the CLI's ports where the
// browser has a person: the review is approved with the --reason given, the receipts go to the
// JSONL file, and the next block is a poll. A dry run stops at the review and prints the plan.
import { signAndBroadcast, type SignOptions } from "../src/features/transactions/pipeline/sign-and-broadcast";
import type { ReviewDecision, TxPorts } from "../src/features/transactions/pipeline/ports";
import { createChainPorts } from "../src/features/transactions/signing/chain-ports";
import { receiptPort, type ReceiptContext } from "../src/features/transactions/signing/receipt-port";
import type { Fee, TxMessage, TxResult } from "../src/features/transactions/types";
import { chainIdOf, type Account, type CliEnv } from "./context";
import { CliError, EXIT } from "./errors";
import type { ReceiptsFile } from "./receipts-file";

export interface Plan {
  messages: { typeUrl: string; title: string; details: string[]; value: unknown }[];
  fee: Fee;
  deposit: { denom: string; amount: string }[];
}

export interface TxRunner {
  run(
    messages: TxMessage[],
    context: ReceiptContext,
    opts?: Pick<SignOptions, "gasReserve">,
  ): Promise<Extract<TxResult, { ok: true }>>;
  /** simulate only: the messages and fee that would be signed */
  plan(messages: TxMessage[]): Promise<Plan>;
  close(): void;
}

class DryRun extends Error {
  constructor(readonly fee: Fee) {
    super("dry run");
  }
}

const toJson = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, (_k, v: unknown) =>
      v instanceof Uint8Array ? Buffer.from(v).toString("hex") : typeof v === "bigint" ? String(v) : v,
    ),
  );

export async function createTxRunner(
  env: CliEnv,
  account: Account,
  receipts: ReceiptsFile,
  opts: { reason: string | null; onPhase?: (text: string) => void },
): Promise<TxRunner> {
  const chainId = await chainIdOf(env);
  const chain = await createChainPorts({
    rpcUrls: [env.rpc],
    signer: await account.session.getSigner(),
    address: account.address,
  });
  const base = (review: TxPorts["review"], context: ReceiptContext): TxPorts => ({
    ...chain,
    review,
    nextBlock: () => new Promise((r) => setTimeout(r, 1_000)),
    now: () => Date.now(),
    receipts: receiptPort(
      receipts,
      {
        network: { id: env.networkId, name: env.networkId },
        chainId,
        walletName: "akash-console CLI",
        signer: account.address,
      },
      context,
    ),
    onPhase: (phase) => opts.onPhase?.(phase.kind),
  });
  const approve = (): Promise<ReviewDecision> => Promise.resolve({ approved: true, reason: opts.reason });
  return {
    async run(messages, context, extra = {}) {
      const result = await signAndBroadcast(messages, base(approve, context), {
        gasPrice: env.gasPrice,
        gasReserve: extra.gasReserve,
      });
      if (!result.ok)
        throw new CliError(
          EXIT.TX_FAILED,
          `${messages[0]?.summary.title ?? "The transaction"} failed: ${result.message}${result.txHash ? ` (tx ${result.txHash})` : ""}${result.rawLog ? `\n  ${result.rawLog}` : ""}`,
        );
      return result;
    },
    async plan(messages) {
      const stop: TxPorts["review"] = ({ fee }) => Promise.reject(new DryRun(fee));
      try {
        const result = await signAndBroadcast(messages, base(stop, { action: "other" }), {
          gasPrice: env.gasPrice,
        });
        throw new CliError(EXIT.TX_FAILED, result.ok ? "unexpected" : `Simulation failed: ${result.message}`);
      } catch (err) {
        if (!(err instanceof DryRun)) throw err;
        return {
          messages: messages.map((m) => ({
            typeUrl: m.typeUrl,
            title: m.summary.title,
            details: m.summary.details,
            value: toJson(m.value),
          })),
          fee: err.fee,
          deposit: messages.flatMap((m) => m.summary.spends),
        };
      }
    },
    close: () => chain.disconnect(),
  };
}
