import { Link, useParams } from "react-router";
import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/config/paths";
import { ProviderLeases } from "@/features/deployments";
import { ProviderDetail, shortAddress, useProvider } from "@/features/providers";
import { useViewedAddress } from "@/features/wallet";

export function Component() {
  const { address = "" } = useParams();
  const { data } = useProvider(address);
  const viewer = useViewedAddress().address;
  return (
    <>
      <PageHeader
        title={data?.name ?? `Provider ${shortAddress(address)}`}
        description={data ? [data.region, data.host].filter(Boolean).join(" · ") : undefined}
        actions={
          <Link className="text-sm font-medium text-brand-600 underline" to={paths.providers()}>
            All providers
          </Link>
        }
      />
      <ProviderDetail
        address={address}
        leases={viewer ? <ProviderLeases owner={viewer} provider={address} /> : undefined}
      />
    </>
  );
}
