// Receipts page: the receipts panel, with the connected wallet offered to sign the chain head and
// the signing codecs offered to decode transactions for "Check against the chain".
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { PageHeader } from "@/components/ui/page-header";
import { ReceiptsPanel, type HeadSigner } from "@/features/receipts";
import { decodeTxLazily } from "@/features/transactions";
import { useWallet } from "@/features/wallet";

export function Component() {
  const wallet = useWallet();
  const address = wallet.status === "connected" ? wallet.address : null;
  const signer: HeadSigner | undefined = address
    ? {
        address,
        sign: async (data) => {
          const signed = await wallet.signArbitrary(data);
          return { signer: address, pubKey: signed.pub_key.value, signature: signed.signature };
        },
      }
    : undefined;
  return (
    <>
      <PageHeader
        title="Receipts"
        description="A tamper-evident record of everything you signed from this browser."
      />
      <ErrorBoundary name="Receipts">
        <ReceiptsPanel signer={signer} decodeTx={decodeTxLazily} />
      </ErrorBoundary>
    </>
  );
}
