// The page half of the injected Leap and Cosmostation extensions (addInitScript), as
// cosmos-kit's clients reach them. Leap: window.leap, Keplr's page API under Leap's name
// (enable, getKey, experimentalSuggestChain, sign*, getOfflineSigner*), keystore event
// "leap_keystorechange". Cosmostation: window.cosmostation.cosmos.request({method, params})
// (cos_requestAccount, cos_addChain, cos_disconnect; rejections carry code 4001) plus its
// Keplr-compatible provider at window.cosmostation.providers.keplr, which cosmos-kit signs with.
// Every call is forwarded to Node through an exposed binding (fake-keplr.ts answers).
export interface FakeExtensionPageOptions {
  binding: string;
  brand: "leap" | "cosmostation";
}

export function installFakeExtensionInPage({ binding, brand }: FakeExtensionPageOptions): void {
  type Result = { return: unknown } | { error: string; code?: number };
  const w = window as unknown as Record<string, unknown>;
  const forward = w[binding] as (method: string, args: unknown) => Promise<Result>;
  const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  const wrap = (value: unknown): unknown =>
    JSON.parse(
      JSON.stringify(value, (_k, v: unknown) =>
        v instanceof Uint8Array ? `__uint8array__${hex(v)}` : typeof v === "bigint" ? `__bigint__${v}` : v,
      ),
    );
  const unwrap = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value ?? null), (_k, v: unknown) => {
      if (typeof v === "string" && v.startsWith("__uint8array__")) {
        const h = v.slice("__uint8array__".length);
        return Uint8Array.from({ length: h.length / 2 }, (_, i) => parseInt(h.slice(i * 2, i * 2 + 2), 16));
      }
      return v;
    });
  const call = async (method: string, ...args: unknown[]) => {
    const result = await forward(method, wrap(args));
    if ("error" in result)
      throw Object.assign(new Error(result.error), result.code ? { code: result.code } : {});
    return unwrap(result.return);
  };
  type Key = { bech32Address: string; algo: string; pubKey: Uint8Array };
  const accountsOf = async (chainId: string) => {
    const key = (await call("getKey", chainId)) as Key;
    return [{ address: key.bech32Address, algo: key.algo, pubkey: key.pubKey }];
  };
  const keplrApi = {
    enable: (chainIds: string | string[]) => call("enable", chainIds),
    getKey: (chainId: string) => call("getKey", chainId),
    experimentalSuggestChain: (info: unknown) => call("experimentalSuggestChain", info),
    signDirect: (chainId: string, signer: string, doc: Record<string, unknown>, opts?: unknown) =>
      call("signDirect", chainId, signer, { ...doc, accountNumber: String(doc.accountNumber) }, opts ?? {}),
    signAmino: (chainId: string, signer: string, doc: unknown, opts?: unknown) =>
      call("signAmino", chainId, signer, doc, opts ?? {}),
    signArbitrary: (chainId: string, signer: string, data: string | Uint8Array) =>
      call("signArbitrary", chainId, signer, data),
    getOfflineSigner: (chainId: string) => ({
      getAccounts: () => accountsOf(chainId),
      signDirect: (signer: string, doc: Record<string, unknown>) => keplrApi.signDirect(chainId, signer, doc),
    }),
    getOfflineSignerOnlyAmino: (chainId: string) => ({
      getAccounts: () => accountsOf(chainId),
      signAmino: (signer: string, doc: unknown) => keplrApi.signAmino(chainId, signer, doc),
    }),
    disconnect: () => call("disconnect"),
  };
  if (brand === "leap") {
    w.leap = { ...keplrApi, mode: "extension" };
    return;
  }
  w.cosmostation = {
    cosmos: {
      request: ({ method, params }: { method: string; params?: unknown }) => call(method, params ?? null),
      on: (type: string, listener: EventListener) => (window.addEventListener(type, listener), listener),
      off: (listener: EventListener) => window.removeEventListener("cosmostation_keystorechange", listener),
    },
    providers: { keplr: keplrApi },
  };
}
