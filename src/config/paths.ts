// Every route path in one place, so links never drift from the router.
export const paths = {
  overview: () => "/",
  deployments: () => "/deployments",
  deployment: (dseq: string) => `/deployments/${encodeURIComponent(dseq)}`,
  newDeployment: () => "/new",
  providers: () => "/providers",
  provider: (address: string) => `/providers/${encodeURIComponent(address)}`,
  receipts: () => "/receipts",
  grants: () => "/grants",
  settings: () => "/settings",
  alerts: () => "/alerts",
} as const;
