import { describe, expect, it } from "vitest";
import { createRestClient } from "@/lib/rest-client";
import { fetchProviderGpus } from "./provider-gpus";

function setup(pages: Array<{ providers: unknown[]; next: string | null }>) {
  const urls: string[] = [];
  const fetchImpl: typeof fetch = async (input) => {
    const url = new URL(String(input));
    urls.push(url.pathname + url.search);
    const index = url.searchParams.get("pagination.key") ? Number(url.searchParams.get("pagination.key")) : 0;
    const page = pages[index];
    return new Response(
      JSON.stringify({ providers: page?.providers ?? [], pagination: { next_key: page?.next ?? null } }),
      {
        status: 200,
      },
    );
  };
  return { rest: createRestClient(["http://chain.test"], fetchImpl), urls };
}

const provider = (owner: string, ...keys: string[]) => ({
  owner,
  attributes: [{ key: "region", value: "eu" }, ...keys.map((key) => ({ key, value: "true" }))],
});

describe("fetchProviderGpus", () => {
  it("follows next_key and merges the GPUs every provider offers", async () => {
    const { rest, urls } = setup([
      {
        providers: [provider("a", "capabilities/gpu/vendor/nvidia/model/h100/ram/80Gi/interface/sxm")],
        next: "1",
      },
      {
        providers: [
          provider(
            "b",
            "capabilities/gpu/vendor/nvidia/model/a100",
            "capabilities/gpu/vendor/nvidia/model/a100/ram/80Gi",
          ),
          { owner: "c", attributes: null },
        ],
        next: null,
      },
    ]);
    const offers = await fetchProviderGpus(rest);
    expect(urls).toHaveLength(2);
    expect(urls[0]).toContain("/akash/provider/v1beta4/providers");
    expect(offers).toEqual([
      { vendor: "nvidia", model: "a100", ram: null },
      { vendor: "nvidia", model: "a100", ram: "80Gi" },
      { vendor: "nvidia", model: "h100", ram: "80Gi" },
    ]);
  });

  it("rejects a response that is not a provider list", async () => {
    const { rest } = setup([{ providers: "nope" as unknown as unknown[], next: null }]);
    await expect(fetchProviderGpus(rest)).rejects.toThrow();
  });
});
