// Chain errors with the Cosmos SDK's (codespace, code) pairs. Clients branch on these numbers,
// so they mirror cosmos-sdk types/errors and each Akash module's x/*/types/errors.go.

export class ChainError extends Error {
  constructor(
    readonly codespace: string,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const sdk = (code: number, suffix: string) => (detail?: string) =>
  new ChainError("sdk", code, detail ? `${detail}: ${suffix}` : suffix);

export const SdkErr = {
  txDecode: sdk(2, "tx parse error"),
  invalidSequence: sdk(32, "incorrect account sequence"),
  unauthorized: sdk(4, "unauthorized"),
  insufficientFunds: sdk(5, "insufficient funds"),
  unknownRequest: sdk(6, "unknown request"),
  invalidAddress: sdk(7, "invalid address"),
  invalidPubKey: sdk(8, "invalid pubkey"),
  unknownAddress: sdk(9, "unknown address"),
  invalidCoins: sdk(10, "invalid coins"),
  outOfGas: sdk(11, "out of gas"),
  insufficientFee: sdk(13, "insufficient fee"),
  noSignatures: sdk(15, "no signatures supplied"),
  invalidRequest: sdk(18, "invalid request"),
  txInMempool: sdk(19, "tx already in mempool"),
  invalidType: sdk(29, "invalid type"),
  invalidGasLimit: sdk(41, "invalid gas limit"),
  notFound: sdk(38, "not found"),
};

type ModuleErr = (detail?: string) => ChainError;
function mod(codespace: string, code: number, text: string): ModuleErr {
  return (detail?: string) => new ChainError(codespace, code, detail ? `${detail}: ${text}` : text);
}

// Codes from akash chain-sdk go/node/deployment/v1/errors.go (iota + 1 order).
export const DeploymentErr = {
  invalidRequest: mod("deployment", 2, "Invalid request"),
  exists: mod("deployment", 3, "Deployment exists"),
  notFound: mod("deployment", 4, "Deployment not found"),
  closed: mod("deployment", 5, "Deployment closed"),
  invalidGroups: mod("deployment", 7, "Invalid groups"),
  invalidDeploymentId: mod("deployment", 8, "Invalid: deployment id"),
  emptyHash: mod("deployment", 9, "Invalid: empty hash"),
  invalidHash: mod("deployment", 10, "Invalid: deployment hash"),
  invalidDeployment: mod("deployment", 12, "Invalid deployment"),
  groupNotFound: mod("deployment", 14, "Group not found"),
  groupClosed: mod("deployment", 15, "Group already closed"),
  groupOpen: mod("deployment", 16, "Group open"),
  groupPaused: mod("deployment", 17, "Group paused"),
  groupNotOpen: mod("deployment", 18, "Group not open"),
  groupSpec: mod("deployment", 19, "GroupSpec invalid"),
  invalidDeposit: mod("deployment", 20, "Deposit invalid"),
  invalidPrice: mod("deployment", 24, "invalid price"),
  duplicateGroupName: mod("deployment", 25, "duplicate group name"),
  invalidReclamation: mod("deployment", 26, "invalid reclamation configuration"),
};

// Codes from akash chain-sdk go/node/market/v1/errors.go.
export const MarketErr = {
  sameAccount: mod("market", 2, "owner and provider are the same account"),
  bidOverOrder: mod("market", 4, "bid price above max order price"),
  attributeMismatch: mod("market", 5, "attribute mismatch"),
  unknownBid: mod("market", 6, "unknown bid"),
  unknownLease: mod("market", 7, "unknown lease"),
  unknownLeaseForBid: mod("market", 8, "unknown lease for bid"),
  leaseNotActive: mod("market", 10, "lease not active"),
  bidNotActive: mod("market", 11, "bid not active"),
  bidNotOpen: mod("market", 12, "bid not open"),
  orderNotOpen: mod("market", 13, "bid: order not open"),
  orderNotFound: mod("market", 15, "invalid order: order not found"),
  groupNotOpen: mod("market", 17, "group not open"),
  bidNotFound: mod("market", 18, "invalid bid: bid not found"),
  bidZeroPrice: mod("market", 19, "invalid bid: zero price"),
  leaseNotFound: mod("market", 20, "invalid lease: lease not found"),
  bidExists: mod("market", 21, "invalid bid: bid exists from provider"),
  invalidPrice: mod("market", 22, "bid price is invalid"),
  invalidDeposit: mod("market", 28, "deposit invalid"),
  unknownProvider: mod("market", 30, "unknown provider"),
  invalidBid: mod("market", 31, "invalid bid"),
  invalidLeaseClosedReason: mod("market", 33, "invalid lease closed reason"),
  leaseNotReclamable: mod("market", 35, "lease does not have reclamation configured"),
  leaseAlreadyReclaiming: mod("market", 36, "reclamation already in progress"),
  reclamationNotStarted: mod("market", 37, "reclamation not started; call MsgLeaseStartReclaim first"),
  reclamationWindowNotElapsed: mod("market", 38, "reclamation window has not elapsed"),
  reclamationWindowInvalid: mod("market", 39, "reclamation window outside governance bounds"),
  reclamationRequired: mod("market", 40, "order requires reclamation but bid does not offer it"),
  reclamationWindowTooShort: mod("market", 41, "reclamation window shorter than order minimum"),
};

// Codes from akash chain-sdk go/node/escrow/module/error.go.
export const EscrowErr = {
  accountExists: mod("escrow", 1, "account exists"),
  accountClosed: mod("escrow", 2, "account closed"),
  accountNotFound: mod("escrow", 3, "account not found"),
  accountOverdrawn: mod("escrow", 4, "account overdrawn"),
  invalidDenomination: mod("escrow", 5, "invalid denomination"),
  paymentClosed: mod("escrow", 7, "payment closed"),
  paymentNotFound: mod("escrow", 8, "payment not found"),
  invalidId: mod("escrow", 12, "invalid ID"),
  unauthorizedDepositScope: mod("escrow", 15, "unauthorized deposit scope"),
  invalidDeposit: mod("escrow", 16, "invalid deposit"),
};

// Codes from akash chain-sdk go/node/cert/v1/errors.go.
export const CertErr = {
  notFound: mod("cert", 1, "certificate not found"),
  invalidAddress: mod("cert", 2, "invalid address"),
  exists: mod("cert", 3, "certificate exists"),
  alreadyRevoked: mod("cert", 4, "certificate already revoked"),
  invalidSerial: mod("cert", 5, "invalid serial number"),
  invalidCert: mod("cert", 6, "invalid certificate value"),
  invalidPubkey: mod("cert", 7, "invalid pubkey value"),
};

// Codes from akash chain-sdk go/node/provider/v1beta4/errors.go.
export const ProviderErr = {
  invalidUri: mod("provider", 1, "invalid provider: invalid host uri"),
  notAbsUri: mod("provider", 2, "invalid provider: not absolute host uri"),
  notFound: mod("provider", 3, "invalid provider: address not found"),
  exists: mod("provider", 4, "invalid provider: already exists"),
  attributes: mod("provider", 6, "attribute specification error"),
};

// x/authz errors (cosmos-sdk x/authz/errors.go).
export const AuthzErr = {
  noAuthorization: mod("authz", 2, "authorization not found"),
  expired: mod("authz", 6, "authorization expired"),
  granteeIsGranter: mod("authz", 7, "grantee and granter should be different"),
  invalidExpiration: mod("authz", 3, "expiration time of authorization should be more than current time"),
};

// x/feegrant errors (cosmossdk.io/x/feegrant errors.go).
export const FeegrantErr = {
  feeLimitExceeded: mod("feegrant", 2, "fee limit exceeded"),
  feeLimitExpired: mod("feegrant", 3, "fee allowance expired"),
  invalidDuration: mod("feegrant", 4, "invalid duration"),
  noAllowance: mod("feegrant", 5, "no allowance"),
  noMessages: mod("feegrant", 6, "allowed messages are empty"),
  messageNotAllowed: mod("feegrant", 7, "message not allowed"),
};

export const BmeErr = {
  invalidRequest: mod("bme", 2, "invalid request"),
};
