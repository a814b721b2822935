// A provider as useProviders() returns it, for tests of pages that show providers.
import type { ProviderView } from "../utils/map-provider";

export function providerFixture(address: string, over: Partial<ProviderView> = {}): ProviderView {
  return {
    address,
    hostUri: `https://${address}.example:8443`,
    host: `${address}.example`,
    name: `Provider ${address}`,
    region: "eu-west",
    organization: null,
    gpus: [],
    attributes: [],
    email: "",
    website: "",
    audits: [],
    audited: false,
    ...over,
  };
}
