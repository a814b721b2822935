// The cosmjs Registry a provider signs with: cosmjs defaults plus every Akash message from
// chain-sdk's private types, keyed by "/" + $type (as Console's customRegistry does). The
// private-type codecs carry chain-sdk's LegacyDec patch, so DecCoin prices encode as mainnet's.
import { type GeneratedType, Registry } from "@cosmjs/proto-signing";
import { defaultRegistryTypes } from "@cosmjs/stargate";
import * as akashV1 from "@akashnetwork/chain-sdk/private-types/akash.v1";
import * as akashV1beta4 from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import * as akashV1beta5 from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import { MsgLeaseStartReclaim } from "../../codec/index.ts";

interface ProtoCodec {
  $type: string;
  encode: GeneratedType["encode"];
  decode: GeneratedType["decode"];
  fromPartial: (object: never) => unknown;
}

function isCodec(value: unknown): value is ProtoCodec {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.$type === "string" && typeof v.encode === "function" && typeof v.fromPartial === "function";
}

export function createAkashRegistry(): Registry {
  const registry = new Registry(defaultRegistryTypes);
  for (const mod of [akashV1, akashV1beta4, akashV1beta5]) {
    for (const value of Object.values(mod)) {
      if (isCodec(value) && value.$type.includes(".Msg")) {
        registry.register(`/${value.$type}`, value as unknown as GeneratedType);
      }
    }
  }
  // node v2.1's MsgLeaseStartReclaim, which alpha.25 lacks (localnet/codec).
  registry.register(`/${MsgLeaseStartReclaim.$type}`, MsgLeaseStartReclaim as unknown as GeneratedType);
  return registry;
}
