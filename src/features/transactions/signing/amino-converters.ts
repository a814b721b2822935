// cosmjs AminoConverters for every Akash message the console signs, so accounts that can only
// sign SIGN_MODE_LEGACY_AMINO_JSON (Keplr with a Ledger) can use it. chain-sdk ships none. The
// JSON must equal what the node derives from the tx's protobuf, or the signature fails:
// - message type: the `amino.name` option when the proto has one (bme: "akash/bme/v1/MsgMintACT"),
//   else the type URL itself (x/tx ≥ v0.12 getMessageAminoNameAny; node v2 uses x/tx v0.14);
// - field rules in ./amino-fields.ts and ./amino-groups.ts. Rules and sources: docs/decisions/amino-signing.md.
import type { AminoConverters } from "@cosmjs/stargate";
import {
  bidIdFromAmino,
  bidIdToAmino,
  bytes,
  b64,
  coinFromAmino,
  coinToAmino,
  compact,
  depositFromAmino,
  depositToAmino,
  idFromAmino,
  idToAmino,
  many,
  num,
  one,
  str,
  sub,
  list,
  text,
  u32,
  type BidIdIn,
  type CoinIn,
  type DepositIn,
  type IdIn,
  type Json,
} from "./amino-fields";
import { groupSpecFromAmino, groupSpecToAmino, type GroupSpecIn } from "./amino-groups";
import { durationFromNanos, durationNanos, type DeploymentReclamationValue } from "./create-deployment-codec";

interface DeploymentMsgIn {
  id?: IdIn | null;
  groups?: GroupSpecIn[];
  hash?: Uint8Array | null;
  deposit?: DepositIn | null;
  reclamation?: DeploymentReclamationValue | null;
}

// MsgCreateDeployment.reclamation (node v2.1, field 5): a message on the wire, so written when set;
// its non-nullable min_window Duration as quoted nanoseconds (x/tx marshalDuration).
const reclamationToAmino = (r: DeploymentReclamationValue) => ({ min_window: durationNanos(r.minWindow) });
const reclamationFromAmino = (j: Json): DeploymentReclamationValue => ({
  minWindow: durationFromNanos(str(j, "min_window") || "0"),
});

const createDeployment = {
  aminoType: "/akash.deployment.v1beta4.MsgCreateDeployment",
  toAmino: (m: DeploymentMsgIn) =>
    compact({
      id: one(m.id, idToAmino),
      groups: many(m.groups, groupSpecToAmino),
      hash: bytes(m.hash),
      deposit: one(m.deposit, depositToAmino),
      reclamation: one(m.reclamation, reclamationToAmino),
    }),
  fromAmino: (j: Json) => ({
    id: sub(j, "id", idFromAmino),
    groups: list(j, "groups", groupSpecFromAmino),
    hash: b64(j, "hash"),
    deposit: sub(j, "deposit", depositFromAmino),
    reclamation: sub(j, "reclamation", reclamationFromAmino),
  }),
};

const updateDeployment = {
  aminoType: "/akash.deployment.v1beta4.MsgUpdateDeployment",
  toAmino: (m: DeploymentMsgIn) => compact({ id: one(m.id, idToAmino), hash: bytes(m.hash) }),
  fromAmino: (j: Json) => ({ id: sub(j, "id", idFromAmino), hash: b64(j, "hash") }),
};

const closeDeployment = {
  aminoType: "/akash.deployment.v1beta4.MsgCloseDeployment",
  toAmino: (m: DeploymentMsgIn) => compact({ id: one(m.id, idToAmino) }),
  fromAmino: (j: Json) => ({ id: sub(j, "id", idFromAmino) }),
};

const createLease = {
  aminoType: "/akash.market.v1beta5.MsgCreateLease",
  toAmino: (m: { bidId?: BidIdIn | null }) => compact({ bid_id: one(m.bidId, bidIdToAmino) }),
  fromAmino: (j: Json) => ({ bidId: sub(j, "bid_id", bidIdFromAmino) }),
};

/** reason is the LeaseClosedReason enum, a number (x/tx EnumAsString is off when signing). */
const closeLease = {
  aminoType: "/akash.market.v1beta5.MsgCloseLease",
  toAmino: (m: { id?: BidIdIn | null; reason?: number }) =>
    compact({ id: one(m.id, bidIdToAmino), reason: u32(m.reason) }),
  fromAmino: (j: Json) => ({ id: sub(j, "id", bidIdFromAmino), reason: num(j, "reason") }),
};

interface AccountDepositIn {
  signer?: string;
  id?: { scope?: number; xid?: string } | null;
  deposit?: DepositIn | null;
}

const accountDeposit = {
  aminoType: "/akash.escrow.v1.MsgAccountDeposit",
  toAmino: (m: AccountDepositIn) =>
    compact({
      signer: text(m.signer),
      id: one(m.id, (a) => compact({ scope: u32(a.scope), xid: text(a.xid) })),
      deposit: one(m.deposit, depositToAmino),
    }),
  fromAmino: (j: Json) => ({
    signer: str(j, "signer"),
    id: sub(j, "id", (a) => ({ scope: num(a, "scope"), xid: str(a, "xid") })),
    deposit: sub(j, "deposit", depositFromAmino),
  }),
};

// The one Akash message here with an amino.name. Its fields carry amino.dont_omitempty in the
// bme protos (as generated clients of them show), so they are written even when empty.
const mintAct = {
  aminoType: "akash/bme/v1/MsgMintACT",
  toAmino: (m: { owner?: string; to?: string; coinsToBurn?: CoinIn | null }) => ({
    owner: m.owner ?? "",
    to: m.to ?? "",
    coins_to_burn: coinToAmino(m.coinsToBurn ?? {}),
  }),
  fromAmino: (j: Json) => ({
    owner: str(j, "owner"),
    to: str(j, "to"),
    coinsToBurn: sub(j, "coins_to_burn", coinFromAmino),
  }),
};

export function createAkashAminoConverters(): AminoConverters {
  return {
    "/akash.deployment.v1beta4.MsgCreateDeployment": createDeployment,
    "/akash.deployment.v1beta4.MsgUpdateDeployment": updateDeployment,
    "/akash.deployment.v1beta4.MsgCloseDeployment": closeDeployment,
    "/akash.market.v1beta5.MsgCreateLease": createLease,
    "/akash.market.v1beta5.MsgCloseLease": closeLease,
    "/akash.escrow.v1.MsgAccountDeposit": accountDeposit,
    "/akash.bme.v1.MsgMintACT": mintAct,
  };
}
