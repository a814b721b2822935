// Query keys of the funding feature (authz deposit grants, fee allowances). Element 1 is the
// network id. A grant concerns two addresses, so a refresh after any grant or revoke invalidates
// the whole network's funding reads (few, small).
export const fundingKeys = {
  all: (networkId: string) => ["funding", networkId] as const,
  grantsGiven: (networkId: string, granter: string) =>
    ["funding", networkId, "grants", "given", granter] as const,
  grantsHeld: (networkId: string, grantee: string) =>
    ["funding", networkId, "grants", "held", grantee] as const,
  allowancesGiven: (networkId: string, granter: string) =>
    ["funding", networkId, "allowances", "given", granter] as const,
  allowancesHeld: (networkId: string, grantee: string) =>
    ["funding", networkId, "allowances", "held", grantee] as const,
  /** the top-up keys this browser holds (public parts only) */
  localKeys: (networkId: string) => ["funding", networkId, "local-keys"] as const,
};
