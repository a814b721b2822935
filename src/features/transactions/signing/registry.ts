// The cosmjs Registry for Akash: cosmjs defaults plus every Akash Msg from chain-sdk's private
// types keyed by "/" + $type (as Console's customRegistry). Those codecs carry chain-sdk's
// LegacyDec patch, so prices encode as mainnet expects. MsgCreateDeployment is chain-sdk's codec
// plus node v2.1's reclamation field (./create-deployment-codec.ts). Heavy: only the signing
// chunk loads it.
import { type GeneratedType, Registry } from "@cosmjs/proto-signing";
import { defaultRegistryTypes } from "@cosmjs/stargate";
import * as akashV1 from "@akashnetwork/chain-sdk/private-types/akash.v1";
import * as akashV1beta4 from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import * as akashV1beta5 from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import { MsgCreateDeploymentV21 } from "./create-deployment-codec";

interface ProtoCodec {
  $type: string;
  encode: GeneratedType["encode"];
  decode: GeneratedType["decode"];
  fromPartial: (object: never) => unknown;
}

function isMsgCodec(value: unknown): value is ProtoCodec {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.$type === "string" &&
    v.$type.includes(".Msg") &&
    typeof v.encode === "function" &&
    typeof v.fromPartial === "function"
  );
}

export function createAkashRegistry(): Registry {
  const registry = new Registry(defaultRegistryTypes);
  for (const mod of [akashV1, akashV1beta4, akashV1beta5])
    for (const value of Object.values(mod))
      if (isMsgCodec(value)) registry.register(`/${value.$type}`, value as unknown as GeneratedType);
  registry.register(`/${MsgCreateDeploymentV21.$type}`, MsgCreateDeploymentV21 as unknown as GeneratedType);
  return registry;
}
