// The page half of the fake Keplr: runs before any page script (addInitScript) and speaks the
// extension's content-script protocol that @keplr-wallet/provider-extension (cosmos-kit's Keplr)
// uses: window.postMessage({type: "proxy-request-<metaId>", id, method, args}) answered by
// {type: "proxy-request-response", id, result: {return} | {error}}. It also installs window.keplr
// for direct callers. Every request is forwarded to Node through an exposed binding.
export interface FakeKeplrPageOptions {
  binding: string;
  mode: "extension" | "mobile-web";
}

export function installFakeKeplrInPage({ binding, mode }: FakeKeplrPageOptions): void {
  type Result = { return: unknown } | { error: string };
  const w = window as unknown as Record<string, unknown> & Window;
  const forward = w[binding] as (method: string, args: unknown) => Promise<Result>;
  // getKeplr() only looks for the extension when this flag is set (Chromium).
  w.keplrRequestMetaIdSupport = true;

  window.addEventListener("message", (event: MessageEvent) => {
    const data = event.data as { type?: unknown; id?: unknown; method?: unknown; args?: unknown } | null;
    if (!data || typeof data.type !== "string" || !data.type.startsWith("proxy-request")) return;
    if (data.type === "proxy-request-response") return;
    const { id, method, args } = data;
    void forward(String(method), args ?? []).then(
      (result) => window.postMessage({ type: "proxy-request-response", id, result }, window.location.origin),
      (err: unknown) =>
        window.postMessage(
          { type: "proxy-request-response", id, result: { error: String(err) } },
          window.location.origin,
        ),
    );
  });

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
    if ("error" in result) throw new Error(result.error);
    return unwrap(result.return);
  };
  w.keplr = {
    version: "0.12.313",
    mode,
    enable: (chainIds: string | string[]) => call("enable", chainIds),
    getKey: (chainId: string) => call("getKey", chainId),
    experimentalSuggestChain: (info: unknown) => call("experimentalSuggestChain", info),
    signDirect: (chainId: string, signer: string, doc: Record<string, unknown>, opts?: unknown) =>
      call("signDirect", chainId, signer, { ...doc, accountNumber: String(doc.accountNumber) }, opts ?? {}),
    signAmino: (chainId: string, signer: string, doc: unknown, opts?: unknown) =>
      call("signAmino", chainId, signer, doc, opts ?? {}),
    signArbitrary: (chainId: string, signer: string, data: string | Uint8Array) =>
      call("signArbitrary", chainId, signer, data),
  };
}
