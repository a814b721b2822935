// A brand-new account for journeys that need a wallet nobody has used: its key is generated in
// the test (never written down), and a genesis account sends it AKT with an ordinary MsgSend.
// ACT cannot be sent (bank send is disabled for uact), so the account starts with none.
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import type { LocalAccount } from "./fake-keplr";

export async function freshAccountWithAkt(opts: {
  name: string;
  rpc: string;
  funder: LocalAccount;
  uakt: string;
}): Promise<LocalAccount> {
  const fresh = await DirectSecp256k1HdWallet.generate(24, { prefix: "akash" });
  const [account] = await fresh.getAccounts();
  if (!account) throw new Error("the generated wallet has no account");
  const funder = await DirectSecp256k1HdWallet.fromMnemonic(opts.funder.mnemonic, { prefix: "akash" });
  const client = await SigningStargateClient.connectWithSigner(opts.rpc, funder, {
    gasPrice: GasPrice.fromString("0.025uakt"),
    broadcastPollIntervalMs: 200,
  });
  try {
    const res = await client.sendTokens(
      opts.funder.address,
      account.address,
      [{ denom: "uakt", amount: opts.uakt }],
      "auto",
    );
    if (res.code !== 0) throw new Error(`funding ${opts.name} failed: code ${res.code} ${res.rawLog ?? ""}`);
  } finally {
    client.disconnect();
  }
  return { name: opts.name, address: account.address, mnemonic: fresh.mnemonic };
}
