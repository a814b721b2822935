// Replaces @keplr-wallet/cosmos in the browser bundle. @chain-registry/keplr uses exactly one
// thing from it (Bech32Address.defaultBech32Config); the real package drags bip32, elliptic and
// Node polyfills (~288 KiB gzip) into the wallet chunk. See docs/ARCHITECTURE.md.
export interface Bech32Config {
  bech32PrefixAccAddr: string;
  bech32PrefixAccPub: string;
  bech32PrefixValAddr: string;
  bech32PrefixValPub: string;
  bech32PrefixConsAddr: string;
  bech32PrefixConsPub: string;
}

export class Bech32Address {
  static defaultBech32Config(
    mainPrefix: string,
    validatorPrefix = "val",
    consensusPrefix = "cons",
    publicPrefix = "pub",
    operatorPrefix = "oper",
  ): Bech32Config {
    return {
      bech32PrefixAccAddr: mainPrefix,
      bech32PrefixAccPub: mainPrefix + publicPrefix,
      bech32PrefixValAddr: mainPrefix + validatorPrefix + operatorPrefix,
      bech32PrefixValPub: mainPrefix + validatorPrefix + operatorPrefix + publicPrefix,
      bech32PrefixConsAddr: mainPrefix + validatorPrefix + consensusPrefix,
      bech32PrefixConsPub: mainPrefix + validatorPrefix + consensusPrefix + publicPrefix,
    };
  }
}
