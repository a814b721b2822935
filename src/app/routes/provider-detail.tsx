import { Link, useParams } from "react-router";
import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/config/paths";
import { ProviderDetail, shortAddress } from "@/features/providers";

export function Component() {
  const { address = "" } = useParams();
  return (
    <>
      <PageHeader
        title={`Provider ${shortAddress(address)}`}
        actions={
          <Link className="text-sm font-medium text-brand-600 underline" to={paths.providers()}>
            All providers
          </Link>
        }
      />
      <ProviderDetail address={address} />
    </>
  );
}
