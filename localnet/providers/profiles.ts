// Demo identities of the simulated providers: where they are, who runs them, what hardware they
// have, whether the localnet auditor vouches for them and how they price. Provider i (0-based)
// gets profile i mod 3; the 4th and later repeat the hardware with a numbered organisation.
import type { Attribute } from "./market/groupSpec.ts";
import type { Capacity } from "./market/capacity.ts";
import type { PriceRates } from "./market/pricing.ts";

export interface ProviderProfile {
  region: string;
  organization: string;
  email: string;
  website: string;
  audited: boolean;
  capacity: Capacity;
  rates: PriceRates;
  /**
   * The reclamation window offered in every bid (provider-services --reclamation-window), in
   * seconds; null offers none, so orders that require one get no bid from this provider.
   */
  reclamationWindowSec: number | null;
}

const Gi = 1024 ** 3;
const Ti = 1024 * Gi;

// uact per block. localnet makes a block a second (mainnet about six), so these give hourly prices
// near what GPUs rent for on the real market: an H100 about 1.8 ACT/h, an A100 1.1, an RTX 4090
// 0.36, before each provider's multiplier. Templates' maximum prices are set for mainnet's slower
// blocks, so on localnet they sit well above these bids.
const BASE_RATES: Omit<PriceRates, "multiplier"> = {
  cpuPerMilli: 0.004,
  memoryPerGi: 0.9,
  storagePerGi: 0.05,
  gpuPerUnit: { h100: 500, a100: 300, rtx4090: 100 },
  gpuDefault: 250,
};

const PROFILES: ProviderProfile[] = [
  {
    region: "eu-central",
    organization: "Nordlicht Compute GmbH",
    email: "ops@nordlicht.example",
    website: "https://nordlicht.example",
    audited: true,
    capacity: {
      cpuMillis: 128_000,
      memoryBytes: 1024 * Gi,
      storageBytes: 4 * Ti,
      persistentBytes: 16 * Ti,
      storageClass: "beta3",
      gpus: [{ vendor: "nvidia", model: "h100", ram: "80Gi", interface: "sxm", count: 8 }],
    },
    rates: { ...BASE_RATES, multiplier: 1.2 },
    reclamationWindowSec: 24 * 3600,
  },
  {
    region: "us-west",
    organization: "Pacific Edge Cloud",
    email: "noc@pacificedge.example",
    website: "https://pacificedge.example",
    audited: false,
    capacity: {
      cpuMillis: 64_000,
      memoryBytes: 512 * Gi,
      storageBytes: 2 * Ti,
      persistentBytes: 8 * Ti,
      storageClass: "beta3",
      gpus: [
        { vendor: "nvidia", model: "a100", ram: "80Gi", interface: "pcie", count: 4 },
        { vendor: "nvidia", model: "rtx4090", ram: "24Gi", interface: "pcie", count: 8 },
      ],
    },
    rates: { ...BASE_RATES, multiplier: 0.9 },
    reclamationWindowSec: null,
  },
  {
    region: "ap-southeast",
    organization: "Lion City Hosting",
    email: "support@lioncity.example",
    website: "https://lioncity.example",
    audited: true,
    capacity: {
      cpuMillis: 32_000,
      memoryBytes: 128 * Gi,
      storageBytes: 1 * Ti,
      persistentBytes: 3 * Ti,
      storageClass: "beta3",
      gpus: [],
    },
    rates: { ...BASE_RATES, multiplier: 0.7 },
    reclamationWindowSec: 3600,
  },
];

export function profileFor(index: number): ProviderProfile {
  const base = PROFILES[index % PROFILES.length] as ProviderProfile;
  const round = Math.floor(index / PROFILES.length);
  if (round === 0) return base;
  return { ...base, organization: `${base.organization} #${round + 1}` };
}

/** On-chain attributes, in Akash's conventional keys (as the provider-services helm chart sets them). */
export function providerAttributes(profile: ProviderProfile): Attribute[] {
  const attrs: Attribute[] = [
    { key: "region", value: profile.region },
    { key: "organization", value: profile.organization },
    { key: "tier", value: "community" },
    { key: "host", value: "akash" },
    { key: "capabilities/cpu", value: "x86-64" },
    { key: "capabilities/storage/1/class", value: profile.capacity.storageClass },
    { key: "capabilities/storage/1/persistent", value: "true" },
  ];
  for (const gpu of profile.capacity.gpus) {
    const base = `capabilities/gpu/vendor/${gpu.vendor}/model/${gpu.model}`;
    attrs.push({ key: base, value: "true" });
    attrs.push({ key: `${base}/ram/${gpu.ram}`, value: "true" });
    attrs.push({ key: `${base}/interface/${gpu.interface}`, value: "true" });
    attrs.push({ key: `${base}/ram/${gpu.ram}/interface/${gpu.interface}`, value: "true" });
  }
  if (profile.capacity.gpus.length > 0) attrs.push({ key: "capabilities/gpu", value: "nvidia" });
  return attrs.sort((a, b) => a.key.localeCompare(b.key));
}
