// The shape of an SDL: every field the provider's Go parser (chain-sdk go/sdl) and chain-sdk
// 1.0.0-alpha.25's schema accept, what each value must look like, and how to write it. Where the
// two disagree the Go parser wins (docs/sdl-checker.md lists where). Limits that depend on more
// than one field (the chain's per-unit and per-group maximums) are checked in limits.ts.
import { NEWER } from "./newer-fields";
import { readMinWindow } from "./reclamation";
import { readAmount, readBytes, readCpu, readGpuRam, readWhole, sdkSize } from "./quantities";
import type {
  DictSpec,
  ListSpec,
  ObjectSpec,
  ScalarInput,
  ScalarRead,
  ScalarSpec,
  Spec,
  ValueSpec,
} from "./spec";

const ok = (value: unknown): ScalarRead => ({ ok: true, value });
const bad = (problem: string, suggestion?: string): ScalarRead =>
  suggestion === undefined ? { ok: false, problem } : { ok: false, problem, suggestion };

const object = (s: Omit<ObjectSpec, "kind">): ObjectSpec => ({ kind: "object", ...s });
const dict = (s: Omit<DictSpec, "kind">): DictSpec => ({ kind: "dict", ...s });
const list = (s: Omit<ListSpec, "kind">): ListSpec => ({ kind: "list", ...s });
const scalar = (hint: string, read: (input: ScalarInput) => ScalarRead, example?: string): ScalarSpec => ({
  kind: "scalar",
  hint,
  read,
  ...(example ? { example } : {}),
});

/** Any value, read as text the way Go reads a string field (numbers keep their spelling). */
const text = (
  hint: string,
  options: { nonEmpty?: boolean; pattern?: [RegExp, string]; example?: string } = {},
) =>
  scalar(
    hint,
    ({ text, isNull }) => {
      if ((isNull || text === "") && options.nonEmpty) return bad("is empty");
      const value = isNull ? "" : text;
      if (options.pattern && value !== "" && !options.pattern[0].test(value)) return bad(options.pattern[1]);
      return ok(value);
    },
    options.example,
  );

const bool = (hint: string) =>
  scalar(hint, ({ value }) => (typeof value === "boolean" ? ok(value) : bad("is not true or false")));

const oneOf = (values: readonly string[], hint: string) =>
  scalar(
    hint,
    ({ text, isNull }) => {
      if (values.includes(text)) return ok(text);
      const near = values.find((v) => v.toLowerCase() === text.toLowerCase());
      return bad(isNull ? "is empty" : `is not one of ${values.join(", ")}`, near);
    },
    values[0],
  );

const whole = (hint: string, { min = 0, max = 4_294_967_295, example = "" } = {}) =>
  scalar(
    hint,
    ({ text }) => {
      const read = readWhole(text, max);
      if (!read.ok) return read;
      return read.value < min ? bad(`is less than ${min}`) : read;
    },
    example || undefined,
  );

const fromRead =
  <T>(reader: (t: string) => { ok: true; value: T } | { ok: false; problem: string; suggestion?: string }) =>
  ({ text }: ScalarInput): ScalarRead =>
    reader(text);

/** A size as Go reads it, in bytes, written so chain-sdk reads the same number of bytes. */
const sizeForSdk = ({ text }: ScalarInput): ScalarRead => {
  const read = readBytes(text);
  return read.ok ? ok(sdkSize(read.value)) : read;
};

const strings = (hint: string, nullable = true): ListSpec =>
  list({ hint, nullable, item: text("Write each one as text.") });

const port = whole("Write a port number from 1 to 65535, e.g. 80.", { min: 1, max: 65535, example: "80" });

const SIZE_HINT =
  "Write a number and a unit: Ki, Mi, Gi, Ti (powers of 1024) or k, M, G, T (powers of 1000), e.g. 512Mi.";

const httpOptions = object({
  hint: "http_options set how the provider's ingress proxies HTTP to this port.",
  fields: {
    max_body_size: whole("Write the largest request body in bytes, at most 104857600 (100 MiB).", {
      max: 104_857_600,
    }),
    read_timeout: whole("Write milliseconds, at most 60000.", { max: 60_000 }),
    send_timeout: whole("Write milliseconds, at most 60000.", { max: 60_000 }),
    next_tries: whole("Write how many upstreams to try, e.g. 3."),
    next_timeout: whole("Write milliseconds, e.g. 0 for no limit."),
    next_cases: list({
      hint: "List when to try the next upstream: error, timeout, 500, 502, 503, 504, 403, 404, 429, or off alone.",
      item: oneOf(
        ["error", "timeout", "500", "502", "503", "504", "403", "404", "429", "off"],
        "Write one of error, timeout, 500, 502, 503, 504, 403, 404, 429 or off.",
      ),
    }),
    proxy_buffer_size: {
      kind: "newer",
      field: NEWER.proxyBufferSize,
      inner: whole("Write bytes, at most 1048576 (1 MiB).", { max: 1_048_576 }),
    },
  },
});

const expose = object({
  hint: "An expose entry has a port, and optionally as, proto, to, accept and http_options.",
  required: ["port"],
  fields: {
    port,
    as: port,
    proto: oneOf(["TCP", "UDP", "tcp", "udp"], "Write TCP or UDP."),
    to: list({
      hint: "List who may reach this port: - global: true for the internet, - service: name for another service.",
      item: object({
        hint: "Write global: true, service: <name>, or ip: <endpoint> with global: true.",
        fields: {
          global: bool("Write true to expose the port to the internet, or leave it out."),
          service: text("Write the name of a service in this SDL."),
          ip: text("Write the name of an endpoint from the endpoints section.", { nonEmpty: true }),
        },
      }),
    }),
    accept: strings("List the host names this port answers to, e.g. - www.example.com.", false),
    http_options: httpOptions,
  },
});

const service = object({
  hint: "A service has an image, and optionally command, args, env, expose, params and credentials.",
  required: ["image"],
  fields: {
    image: text("Write the container image, e.g. nginx:1.27.", { nonEmpty: true, example: "nginx:1.27" }),
    command: strings("List the command and its parts, e.g. - sh."),
    args: strings("List the arguments, e.g. - --port=80."),
    env: strings("List variables as NAME=value, e.g. - PORT=80."),
    expose: list({
      hint: "List the ports this service opens, each starting with - port:.",
      item: expose,
      nullable: true,
    }),
    dependencies: list({
      hint: "List services this one depends on: - service: name.",
      item: object({ hint: "Write service: <name>.", fields: { service: text("Write a service name.") } }),
    }),
    params: object({
      hint: "params may hold storage (mounts), permissions and tee.",
      fields: {
        storage: dict({
          hint: "Name a volume of the compute profile and where to mount it: data: { mount: /data }.",
          entry: object({
            hint: "Write mount: /absolute/path, and optionally readOnly: true.",
            example: "{ mount: /data }",
            required: ["mount"],
            fields: {
              mount: text("Write an absolute path, e.g. /data.", {
                nonEmpty: true,
                pattern: [/^\//, "is not an absolute path (it must start with /)"],
                example: "/data",
              }),
              readOnly: bool("Write true or false."),
            },
          }),
        }),
        permissions: object({
          hint: "permissions: { read: [deployment, logs] } lets the service read its own deployment or logs.",
          fields: {
            read: list({
              hint: "List what the service may read: deployment, logs.",
              item: {
                kind: "newer",
                field: NEWER.readEvents,
                when: (v) => v === "events",
                inner: oneOf(["deployment", "logs", "events"], "Write deployment or logs."),
              },
            }),
          },
        }),
        tee: { kind: "newer", field: NEWER.tee, inner: oneOf(["cpu", "cpu-gpu"], "Write cpu or cpu-gpu.") },
      },
    }),
    credentials: object({
      hint: "Registry credentials need host, username and password (email is optional).",
      required: ["host", "username", "password"],
      fields: {
        host: text("Write the registry host, e.g. ghcr.io.", { nonEmpty: true }),
        username: text("Write the registry user name.", { nonEmpty: true }),
        password: text("Write the registry password or a read-only token.", { nonEmpty: true }),
        email: text("Write an email address, or leave it out."),
      },
    }),
  },
});

const storageVolume = object({
  hint: "A storage volume has a size, and optionally a name and attributes (persistent, class).",
  example: "{ size: 1Gi }",
  required: ["size"],
  fields: {
    name: text("Write a volume name, e.g. data.", { nonEmpty: true }),
    size: scalar(SIZE_HINT, sizeForSdk, "1Gi"),
    attributes: object({
      hint: "Storage attributes are persistent (true or false) and class (default, beta1, beta2, beta3 or ram).",
      fields: {
        persistent: scalar("Write true or false.", ({ value, text }) =>
          typeof value === "boolean"
            ? ok(value)
            : text === "true" || text === "false"
              ? ok(text === "true")
              : bad("is not true or false"),
        ),
        class: oneOf(
          ["default", "beta1", "beta2", "beta3", "ram"],
          "Write default, beta1, beta2, beta3 or ram.",
        ),
      },
    }),
  },
});

/** AEP-95: `interconnect: []` (one group per placement) or `interconnect: { group: name }`. */
const interconnect: ValueSpec = {
  kind: "value",
  hint: "Write interconnect: [] for one group per placement, or interconnect: { group: <name> }.",
  check(value) {
    if (Array.isArray(value)) return value.length === 0 ? null : "must be the empty list [] or a group";
    const group = (value as { group?: unknown } | null)?.group;
    if (value === null || typeof value !== "object" || Object.keys(value).length !== 1 || group === undefined)
      return "must be [] or { group: <name> }";
    if (group === "auto") return 'uses the reserved group name "auto"';
    const label = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
    return typeof group === "string" && group.length <= 63 && label.test(group)
      ? null
      : "has a group name that is not a valid label (letters, digits, - _ ., at most 63)";
  },
};

const gpuModel = object({
  hint: "A GPU model entry has a model, and optionally ram (e.g. 80Gi) and interface (pcie or sxm).",
  fields: {
    model: text("Write a model name as providers list it, e.g. h100.", { nonEmpty: true }),
    ram: scalar("Write the GPU memory in Gi, e.g. 80Gi.", ({ text }) => {
      const read = readGpuRam(text);
      return read.ok ? ok(read.value.label) : read;
    }),
    interface: oneOf(["pcie", "sxm"], "Write pcie or sxm."),
  },
});

const gpu = object({
  hint: "gpu has units (how many GPUs) and, when units is above 0, attributes naming the vendor.",
  example: "{ units: 1, attributes: { vendor: { nvidia: [ { model: h100 } ] } } }",
  required: ["units"],
  fields: {
    units: whole("Write how many GPUs each replica gets, e.g. 1 (at most 24).", { max: 24, example: "1" }),
    attributes: object({
      hint: "GPU attributes name the vendor and, optionally, the models: vendor: { nvidia: [ { model: h100 } ] }.",
      fields: {
        vendor: object({
          hint: "Name the GPU vendor: nvidia.",
          unknown: (key) => ({
            message: `"${key}" is not allowed as a GPU vendor.`,
            hint: 'Only "nvidia" is accepted.',
          }),
          fields: {
            nvidia: list({
              hint: "List the models you accept, e.g. - model: h100, or leave it empty for any model.",
              item: gpuModel,
              nullable: true,
              keepNull: true,
            }),
          },
        }),
        interconnect: { kind: "newer", field: NEWER.interconnect, inner: interconnect },
      },
    }),
  },
});

const cpu = object({
  hint: "cpu has units: cores (e.g. 0.5) or millicores (e.g. 500m).",
  example: "{ units: 0.5 }",
  required: ["units"],
  fields: {
    units: scalar(
      "Write CPU cores such as 0.5 or 2, or millicores such as 500m.",
      ({ text }) => {
        const read = readCpu(text);
        // chain-sdk reads "<n>m" exactly; cores as a JavaScript number could be off by a rounding.
        return read.ok ? ok(`${read.value}m`) : read;
      },
      "0.5",
    ),
    attributes: object({
      hint: "The only CPU attribute is arch: amd64 or arm64.",
      fields: { arch: oneOf(["amd64", "arm64"], "Write amd64 or arm64.") },
    }),
    arch: { kind: "newer", field: NEWER.cpuArch, inner: oneOf(["amd64", "arm64"], "Write amd64 or arm64.") },
  },
});

const computeProfile = object({
  hint: "A compute profile has resources: cpu, memory, storage, and optionally gpu.",
  required: ["resources"],
  fields: {
    resources: object({
      hint: "resources has cpu, memory and storage, and optionally gpu.",
      example: "{ cpu: { units: 0.5 }, memory: { size: 512Mi }, storage: { size: 1Gi } }",
      required: ["cpu", "memory", "storage"],
      fields: {
        cpu,
        memory: object({
          hint: "memory has a size, e.g. size: 512Mi.",
          example: "{ size: 512Mi }",
          required: ["size"],
          fields: { size: scalar(SIZE_HINT, sizeForSdk, "512Mi") },
        }),
        storage: list({
          hint: "storage is a volume (size: 1Gi) or a list of volumes.",
          item: storageVolume,
          single: true,
        }),
        gpu,
      },
    }),
  },
});

const placement = object({
  hint: "A placement has pricing, and optionally attributes and signedBy.",
  required: ["pricing"],
  fields: {
    attributes: dict({
      hint: "Placement attributes are name: value pairs, e.g. region: us-west.",
      entry: text("Write a single value, e.g. us-west."),
    }),
    signedBy: object({
      hint: "signedBy has allOf and anyOf: lists of auditor addresses.",
      fields: {
        allOf: strings("List auditor addresses (akash1…).", false),
        anyOf: strings("List auditor addresses (akash1…).", false),
      },
    }),
    pricing: dict({
      hint: "Price each compute profile: name: { denom: uact, amount: 1000 }.",
      entry: object({
        hint: "A price has denom (uact) and amount (micro-ACT per block).",
        example: "{ denom: uact, amount: 1000 }",
        required: ["denom", "amount"],
        fields: {
          denom: text("Write uact.", {
            nonEmpty: true,
            example: "uact",
            // chain-sdk's pattern: anything else is refused before the chain sees it
            pattern: [/^(uakt|uact|ibc\/.+)$/, "is not a denom (uact, or an ibc/… denom)"],
          }),
          amount: scalar(
            "Write the most you pay per block in micro-ACT as a plain number, e.g. 1000.",
            fromRead(readAmount),
            "1000",
          ),
        },
      }),
    }),
  },
});

const ENDPOINT_NAME = /^[a-z]+[-_0-9a-z]+$/;

export const SDL_SPEC: Spec = object({
  hint: "An SDL has version, services, profiles and deployment at the top level, and optionally endpoints.",
  required: ["version", "services", "profiles", "deployment"],
  fields: {
    version: scalar(
      'Write version: "2.0" (or "2.1").',
      ({ text }) => {
        // Go reads the version as a tolerant semver: 2, 2.0, v2.0.0 are 2.0; 2.1 and 2.1.0 are 2.1.
        if (/^v?2(\.0){0,2}$/.test(text)) return ok("2.0");
        if (/^v?2\.1(\.0)?$/.test(text)) return ok("2.1");
        return bad("is not a version this parser reads", '"2.0"');
      },
      '"2.0"',
    ),
    include: strings("List files to include.", false),
    services: dict({ hint: "Name each service, e.g. web:, with its image under it.", entry: service }),
    profiles: object({
      hint: "profiles has compute and placement.",
      required: ["compute", "placement"],
      fields: {
        compute: dict({
          hint: "Name each compute profile, e.g. web:, with its resources under it.",
          entry: computeProfile,
        }),
        placement: dict({
          hint: "Name each placement, e.g. akash:, with its pricing under it.",
          entry: placement,
        }),
      },
    }),
    deployment: dict({
      hint: "Under each service name, name a placement with the profile and count: web: { akash: { profile: web, count: 1 } }.",
      entry: dict({
        hint: "Name a placement with the profile and count: akash: { profile: web, count: 1 }.",
        entry: object({
          hint: "Write profile (a compute profile) and count (replicas).",
          example: "{ profile: web, count: 1 }",
          required: ["profile", "count"],
          fields: {
            profile: text("Write the name of a compute profile.", { nonEmpty: true }),
            count: whole("Write how many replicas to run, e.g. 1.", { min: 1, example: "1" }),
          },
        }),
      }),
    }),
    endpoints: dict({
      hint: "Name each IP endpoint, e.g. myip: { kind: ip }.",
      keyProblem: (key) =>
        ENDPOINT_NAME.test(key)
          ? null
          : "is not a valid endpoint name: use lowercase letters, then letters, digits, - or _",
      entry: object({
        hint: "An endpoint has kind: ip.",
        example: "{ kind: ip }",
        required: ["kind"],
        fields: { kind: oneOf(["ip"], "Write kind: ip.") },
      }),
    }),
    // AEP-82: read and signed by the console itself (./reclamation.ts), not by chain-sdk.
    reclamation: object({
      hint: "reclamation has min_window: the least notice a provider must give before it takes its hardware back, e.g. 24h.",
      example: "{ min_window: 24h }",
      required: ["min_window"],
      fields: {
        min_window: scalar(
          "Write a whole number followed by s, m or h, e.g. 24h.",
          ({ text, isNull }) => (isNull || text === "" ? bad("is empty") : readMinWindow(text)),
          "24h",
        ),
      },
    }),
  },
});
