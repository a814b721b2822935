// SDLs of the integration tests, as a tenant would write them (prices in uact per block).

export interface GpuSdlOptions {
  units?: number;
  /** the models the SDL accepts, each with its RAM */
  models?: { model: string; ram: string }[];
}

const gpuModels = (models: { model: string; ram: string }[]) =>
  models.map((m) => `                - model: ${m.model}\n                  ram: ${m.ram}`).join("\n");

export const gpuSdl = (image = "vllm/vllm-openai:v0.6.4", opts: GpuSdlOptions = {}) => `
version: "2.0"
services:
  llm:
    image: ${image}
    expose:
      - port: 8000
        as: 80
        to:
          - global: true
profiles:
  compute:
    llm:
      resources:
        cpu: { units: 16 }
        memory: { size: 128Gi }
        storage: { size: 200Gi }
        gpu:
          units: ${opts.units ?? 8}
          attributes:
            vendor:
              nvidia:
${gpuModels(opts.models ?? [{ model: "h100", ram: "80Gi" }])}
  placement:
    dc:
      pricing:
        llm: { denom: uact, amount: 50000 }
deployment:
  llm:
    dc: { profile: llm, count: 1 }
`;

export interface CpuSdlOptions {
  region?: string;
  signedBy?: string;
  cpu?: number;
  memory?: string;
  priceUact?: number;
}

/** A small CPU web service (nginx), optionally pinned to a region or an auditor. */
export const cpuSdl = (opts: CpuSdlOptions = {}) => `
version: "2.0"
services:
  web:
    image: nginx:1.27
    expose:
      - port: 80
        as: 80
        to:
          - global: true
profiles:
  compute:
    web:
      resources:
        cpu: { units: ${opts.cpu ?? 0.5} }
        memory: { size: ${opts.memory ?? "512Mi"} }
        storage: { size: 1Gi }
  placement:
    dc:
${opts.region ? `      attributes:\n        region: ${opts.region}\n` : ""}${opts.signedBy ? `      signedBy:\n        allOf:\n          - ${opts.signedBy}\n` : ""}      pricing:
        web: { denom: uact, amount: ${opts.priceUact ?? 1000} }
deployment:
  web:
    dc: { profile: web, count: 1 }
`;
