// The protobuf descriptors the amino-JSON encoder (./amino-json.ts) walks, for the messages a
// tenant signs: field numbers, proto names and the options x/tx aminojson reads (amino.name,
// amino.dont_omitempty, cosmos_proto.scalar + gogoproto customtype). Transcribed from the
// akash-network/chain-sdk protos (proto/node/akash/**), cosmos-sdk's coin.proto and its authz,
// feegrant and bank authz protos (akash-network/cosmos-sdk v0.53.x); gogoproto
// jsontag/customname/embed are left out on purpose: x/tx never looks at them. The well-known
// types google.protobuf.Any, Timestamp and Duration have x/tx's own encoders (./amino-json.ts).

export type Kind = "string" | "bytes" | "uint64" | "uint32" | "enum" | "message";

export interface Field {
  no: number;
  name: string;
  kind: Kind;
  /** nested message type (kind "message") */
  type?: string;
  repeated?: boolean;
  /** amino.dont_omitempty */
  keep?: boolean;
  /** cosmos_proto.scalar encoders x/tx applies: "dec" = cosmos.Dec on a LegacyDec, "int" = cosmos.Int */
  scalar?: "dec" | "int";
}

export interface MessageSchema {
  /** amino.name option; without it x/tx uses the type URL inside an Any */
  aminoName?: string;
  fields: Field[];
}

const str = (no: number, name: string, extra: Partial<Field> = {}): Field => ({
  no,
  name,
  kind: "string",
  ...extra,
});
const u32 = (no: number, name: string): Field => ({ no, name, kind: "uint32" });
const u64 = (no: number, name: string): Field => ({ no, name, kind: "uint64" });
const enm = (no: number, name: string, repeated = false): Field => ({ no, name, kind: "enum", repeated });
const bytes = (no: number, name: string): Field => ({ no, name, kind: "bytes" });
const msg = (no: number, name: string, type: string, extra: Partial<Field> = {}): Field => ({
  no,
  name,
  kind: "message",
  type,
  ...extra,
});
const list = (no: number, name: string, type: string): Field => msg(no, name, type, { repeated: true });
/** repeated Coin with amino.dont_omitempty and amino.encoding "legacy_coins": [] when empty */
const legacyCoins = (no: number, name: string): Field =>
  msg(no, name, "cosmos.base.v1beta1.Coin", { repeated: true, keep: true });
const ANY = "google.protobuf.Any";
const TIMESTAMP = "google.protobuf.Timestamp";
const DURATION = "google.protobuf.Duration";
const strs = (no: number, name: string): Field => str(no, name, { repeated: true });

const attributes = (no: number) => list(no, "attributes", "akash.base.attributes.v1.Attribute");
const bidIdFields = [
  str(1, "owner"),
  u64(2, "dseq"),
  u32(3, "gseq"),
  u32(4, "oseq"),
  str(5, "provider"),
  u32(6, "bseq"),
];
const deploymentId = msg(1, "id", "akash.deployment.v1.DeploymentID");
const RES = "akash.base.resources.v1beta4";

export const SCHEMAS: Record<string, MessageSchema> = {
  "cosmos.base.v1beta1.Coin": { fields: [str(1, "denom"), str(2, "amount", { scalar: "int", keep: true })] },
  "cosmos.base.v1beta1.DecCoin": { fields: [str(1, "denom"), str(2, "amount", { scalar: "dec" })] },
  "akash.base.deposit.v1.Deposit": {
    fields: [msg(1, "amount", "cosmos.base.v1beta1.Coin"), enm(5, "sources", true)],
  },
  "akash.base.attributes.v1.Attribute": { fields: [str(1, "key"), str(2, "value")] },
  "akash.base.attributes.v1.SignedBy": {
    fields: [str(1, "all_of", { repeated: true }), str(2, "any_of", { repeated: true })],
  },
  "akash.base.attributes.v1.PlacementRequirements": {
    fields: [msg(1, "signed_by", "akash.base.attributes.v1.SignedBy"), attributes(2)],
  },
  [`${RES}.ResourceValue`]: { fields: [bytes(1, "val")] },
  [`${RES}.CPU`]: { fields: [msg(1, "units", `${RES}.ResourceValue`), attributes(2)] },
  [`${RES}.GPU`]: { fields: [msg(1, "units", `${RES}.ResourceValue`), attributes(2)] },
  [`${RES}.Memory`]: { fields: [msg(1, "quantity", `${RES}.ResourceValue`), attributes(2)] },
  [`${RES}.Storage`]: { fields: [str(1, "name"), msg(2, "quantity", `${RES}.ResourceValue`), attributes(3)] },
  [`${RES}.Endpoint`]: { fields: [enm(1, "kind"), u32(2, "sequence_number")] },
  [`${RES}.Resources`]: {
    fields: [
      u32(1, "id"),
      msg(2, "cpu", `${RES}.CPU`),
      msg(3, "memory", `${RES}.Memory`),
      list(4, "storage", `${RES}.Storage`),
      msg(5, "gpu", `${RES}.GPU`),
      list(6, "endpoints", `${RES}.Endpoint`),
    ],
  },
  "akash.deployment.v1beta4.ResourceUnit": {
    fields: [
      msg(1, "resource", `${RES}.Resources`),
      u32(2, "count"),
      msg(3, "price", "cosmos.base.v1beta1.DecCoin"),
    ],
  },
  "akash.deployment.v1beta4.GroupSpec": {
    fields: [
      str(1, "name"),
      msg(2, "requirements", "akash.base.attributes.v1.PlacementRequirements"),
      list(3, "resources", "akash.deployment.v1beta4.ResourceUnit"),
    ],
  },
  "akash.deployment.v1.DeploymentID": { fields: [str(1, "owner"), u64(2, "dseq")] },
  // AEP-82 (node v2.1): DeploymentReclamation{min_window = 1 Duration, non-nullable, no amino options}
  "akash.deployment.v1.DeploymentReclamation": { fields: [msg(1, "min_window", DURATION)] },
  "akash.deployment.v1beta4.MsgCreateDeployment": {
    fields: [
      deploymentId,
      list(2, "groups", "akash.deployment.v1beta4.GroupSpec"),
      bytes(3, "hash"),
      msg(4, "deposit", "akash.base.deposit.v1.Deposit"),
      msg(5, "reclamation", "akash.deployment.v1.DeploymentReclamation"),
    ],
  },
  "akash.deployment.v1beta4.MsgUpdateDeployment": { fields: [deploymentId, bytes(3, "hash")] },
  "akash.deployment.v1beta4.MsgCloseDeployment": { fields: [deploymentId] },
  "akash.market.v1.BidID": { fields: bidIdFields },
  "akash.market.v1.LeaseID": { fields: bidIdFields },
  "akash.market.v1beta5.MsgCreateLease": { fields: [msg(1, "bid_id", "akash.market.v1.BidID")] },
  "akash.market.v1beta5.MsgCloseLease": {
    fields: [msg(1, "id", "akash.market.v1.LeaseID"), enm(2, "reason")],
  },
  "akash.escrow.id.v1.Account": { fields: [enm(1, "scope"), str(2, "xid")] },
  "akash.escrow.v1.MsgAccountDeposit": {
    fields: [
      str(1, "signer"),
      msg(2, "id", "akash.escrow.id.v1.Account"),
      msg(3, "deposit", "akash.base.deposit.v1.Deposit"),
    ],
  },
  "cosmos.authz.v1beta1.MsgGrant": {
    aminoName: "cosmos-sdk/MsgGrant",
    fields: [
      str(1, "granter"),
      str(2, "grantee"),
      msg(3, "grant", "cosmos.authz.v1beta1.Grant", { keep: true }),
    ],
  },
  "cosmos.authz.v1beta1.Grant": { fields: [msg(1, "authorization", ANY), msg(2, "expiration", TIMESTAMP)] },
  "cosmos.authz.v1beta1.MsgRevoke": {
    aminoName: "cosmos-sdk/MsgRevoke",
    fields: [str(1, "granter"), str(2, "grantee"), str(3, "msg_type_url")],
  },
  "cosmos.authz.v1beta1.MsgExec": {
    aminoName: "cosmos-sdk/MsgExec",
    fields: [str(1, "grantee"), msg(2, "msgs", ANY, { repeated: true })],
  },
  "cosmos.authz.v1beta1.GenericAuthorization": {
    aminoName: "cosmos-sdk/GenericAuthorization",
    fields: [str(1, "msg")],
  },
  "cosmos.bank.v1beta1.SendAuthorization": {
    aminoName: "cosmos-sdk/SendAuthorization",
    fields: [legacyCoins(1, "spend_limit"), strs(2, "allow_list")],
  },
  "akash.escrow.v1.DepositAuthorization": {
    aminoName: "akash/DepositAuthorization",
    fields: [
      msg(1, "spend_limit", "cosmos.base.v1beta1.Coin"),
      enm(2, "scopes", true),
      legacyCoins(3, "spend_limits"),
    ],
  },
  "cosmos.feegrant.v1beta1.MsgGrantAllowance": {
    aminoName: "cosmos-sdk/MsgGrantAllowance",
    fields: [str(1, "granter"), str(2, "grantee"), msg(3, "allowance", ANY)],
  },
  "cosmos.feegrant.v1beta1.MsgRevokeAllowance": {
    aminoName: "cosmos-sdk/MsgRevokeAllowance",
    fields: [str(1, "granter"), str(2, "grantee")],
  },
  "cosmos.feegrant.v1beta1.BasicAllowance": {
    aminoName: "cosmos-sdk/BasicAllowance",
    fields: [legacyCoins(1, "spend_limit"), msg(2, "expiration", TIMESTAMP)],
  },
  "cosmos.feegrant.v1beta1.PeriodicAllowance": {
    aminoName: "cosmos-sdk/PeriodicAllowance",
    fields: [
      msg(1, "basic", "cosmos.feegrant.v1beta1.BasicAllowance", { keep: true }),
      msg(2, "period", DURATION, { keep: true }),
      legacyCoins(3, "period_spend_limit"),
      legacyCoins(4, "period_can_spend"),
      msg(5, "period_reset", TIMESTAMP, { keep: true }),
    ],
  },
  "cosmos.feegrant.v1beta1.AllowedMsgAllowance": {
    aminoName: "cosmos-sdk/AllowedMsgAllowance",
    fields: [msg(1, "allowance", ANY), strs(2, "allowed_messages")],
  },
  "akash.bme.v1.MsgMintACT": {
    aminoName: "akash/bme/v1/MsgMintACT",
    fields: [
      str(1, "owner", { keep: true }),
      str(2, "to", { keep: true }),
      msg(3, "coins_to_burn", "cosmos.base.v1beta1.Coin", { keep: true }),
    ],
  },
};
