import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { describe, expect, it } from "vitest";
import { checkSdl } from "../checker/check-sdl";
import { TEMPLATES } from "../templates/catalog";
import { readField, serviceFields, writeField } from "./fields";
import {
  addPort,
  addService,
  addVolume,
  removeService,
  removeStorage,
  renameVolume,
  setCredentials,
  setGpuUnits,
  setPortGlobal,
  setPortIp,
  setPortService,
  setSignedBy,
  toggleGpuModel,
} from "./form-edits";
import { readForm } from "./form-model";
import { editText, openDoc, type SdlDoc } from "./yaml-edit";

function setup(start = "") {
  let text = start;
  const edit = (fn: (doc: SdlDoc, view: ReturnType<typeof readForm>) => void) => {
    const next = editText(text, (doc) => fn(doc, readForm(doc)));
    if (next === null) throw new Error("not editable");
    text = next;
    return text;
  };
  const service = (view: ReturnType<typeof readForm>, name: string) => {
    const s = view.services.find((x) => x.name === name);
    if (!s) throw new Error(`no service ${name}`);
    return s;
  };
  const errors = () =>
    checkSdl(text, {
      engine: chainSdk,
      network: { name: "Local", kind: "local", deploymentDenom: "uact" },
      gpuOffers: null,
    }).diagnostics.filter((d) => d.severity === "error");
  return { edit, service, errors, text: () => text };
}

describe("form edits", () => {
  it("builds a two-service SDL with a persistent volume and a GPU from an empty document", () => {
    const { edit, service, errors } = setup();
    edit((doc) => addService(doc, "web"));
    edit((doc) => addService(doc, "llm"));
    edit((doc, v) => writeField(doc, serviceFields(service(v, "web"))[0]!, "nginx:1.27"));
    edit((doc, v) => writeField(doc, serviceFields(service(v, "llm"))[0]!, "ollama/ollama:0.5.7"));
    edit((doc, v) => addPort(doc, service(v, "web").path));
    edit((doc, v) => addVolume(doc, service(v, "llm"), "models"));
    edit((doc, v) => setGpuUnits(doc, [...service(v, "llm").profilePath, "resources"], "1"));
    const text = edit((doc, v) =>
      toggleGpuModel(
        doc,
        [...service(v, "llm").profilePath, "resources"],
        "nvidia",
        { model: "h100", ram: "80Gi" },
        true,
      ),
    );
    expect(text).toBe(
      [
        'version: "2.0"',
        "services:",
        "  web:",
        "    image: nginx:1.27",
        "    expose:",
        "      - port: 80",
        "        as: 80",
        "        to:",
        "          - global: true",
        "  llm:",
        "    image: ollama/ollama:0.5.7",
        "    params:",
        "      storage:",
        "        models:",
        "          mount: /mnt/models",
        "profiles:",
        "  compute:",
        "    web:",
        "      resources:",
        "        cpu:",
        "          units: 0.5",
        "        memory:",
        "          size: 512Mi",
        "        storage:",
        "          - size: 1Gi",
        "    llm:",
        "      resources:",
        "        cpu:",
        "          units: 0.5",
        "        memory:",
        "          size: 512Mi",
        "        storage:",
        "          - size: 1Gi",
        "          - name: models",
        "            size: 10Gi",
        "            attributes:",
        "              persistent: true",
        "              class: beta3",
        "        gpu:",
        "          units: 1",
        "          attributes:",
        "            vendor:",
        "              nvidia:",
        "                - model: h100",
        "                  ram: 80Gi",
        "  placement:",
        "    dcloud:",
        "      pricing:",
        "        web:",
        "          denom: uact",
        "          amount: 1000",
        "        llm:",
        "          denom: uact",
        "          amount: 1000",
        "deployment:",
        "  web:",
        "    dcloud:",
        "      profile: web",
        "      count: 1",
        "  llm:",
        "    dcloud:",
        "      profile: llm",
        "      count: 1",
        "",
      ].join("\n"),
    );
    expect(errors()).toEqual([]);
  });

  it("renames a volume in its profile and its mount together, and removes both", () => {
    const pg = TEMPLATES.find((t) => t.id === "postgres")!.sdl;
    const { edit, service } = setup(pg);
    const renamed = edit((doc, v) => renameVolume(doc, service(v, "postgres").storage[1]!, "pgdata"));
    expect(renamed).toContain("        pgdata:\n          mount: /var/lib/postgresql/data");
    expect(renamed).toContain("          - name: pgdata\n");
    const removed = edit((doc, v) => removeStorage(doc, service(v, "postgres").storage[1]!));
    expect(removed).not.toContain("name: pgdata");
    expect(removed).not.toContain("pgdata:");
    expect(removed).not.toContain("params:");
  });

  it("declares an IP endpoint with the port that uses it, and drops it when no port does", () => {
    const { edit, service, errors } = setup(TEMPLATES.find((t) => t.id === "web-server")!.sdl);
    const withIp = edit((doc, v) => setPortIp(doc, service(v, "web").expose[0]!.path, "myip"));
    expect(withIp).toMatch(/- global: true\n\s+ip: myip/);
    expect(withIp).toMatch(/endpoints:\n {2}myip:\n {4}kind: ip/);
    expect(errors()).toEqual([]);
    const without = edit((doc, v) => setPortIp(doc, v.services[0]!.expose[0]!.path, ""));
    expect(without).not.toContain("myip");
    expect(without).not.toContain("endpoints");
  });

  it("opens a port to another service and closes it to the world", () => {
    const { edit } = setup(TEMPLATES.find((t) => t.id === "app-database")!.sdl);
    const text = edit((doc, v) => {
      const port = v.services[1]!.expose[0]!.path;
      setPortService(doc, port, v.services[0]!.name, true);
      setPortGlobal(doc, port, false);
    });
    const after = readForm(openDoc(text)!).services[1]!.expose[0]!;
    expect(after.global).toBe(false);
    expect(after.services).toContain(readForm(openDoc(text)!).services[0]!.name);
  });

  it("requires an auditor's signature, moves it between anyOf and allOf, and drops it", () => {
    const { edit } = setup(TEMPLATES.find((t) => t.id === "web-server")!.sdl);
    const addr = "akash1auditor";
    expect(edit((doc, v) => setSignedBy(doc, v.placements[0]!.path, addr, "anyOf"))).toMatch(
      /signedBy:\n\s+anyOf:\n\s+- akash1auditor/,
    );
    const all = edit((doc, v) => setSignedBy(doc, v.placements[0]!.path, addr, "allOf"));
    expect(all).toMatch(/signedBy:\n\s+allOf:\n\s+- akash1auditor/);
    expect(all).not.toContain("anyOf");
    expect(edit((doc, v) => setSignedBy(doc, v.placements[0]!.path, addr, "none"))).not.toContain("signedBy");
  });

  it("adds registry credentials with a password field marked secret, and removes a service whole", () => {
    const { edit, service } = setup(TEMPLATES.find((t) => t.id === "app-database")!.sdl);
    const name = readForm(openDoc(TEMPLATES.find((t) => t.id === "app-database")!.sdl)!).services[0]!.name;
    edit((doc, v) => setCredentials(doc, service(v, name).path, true));
    const withCreds = edit((doc, v) => {
      const password = serviceFields(service(v, name)).find((f) => f.secret)!;
      writeField(doc, password, "s3cret");
      expect(readField(doc, password)).toBe("s3cret");
    });
    expect(withCreds).toMatch(/credentials:\n\s+host: ""\n\s+username: ""\n\s+password: s3cret\n/);
    const removed = edit((doc, v) => removeService(doc, service(v, name), v.services));
    expect(removed).not.toMatch(new RegExp(`^ {2}${name}:`, "m"));
    expect(removed).not.toContain("s3cret");
  });
});
