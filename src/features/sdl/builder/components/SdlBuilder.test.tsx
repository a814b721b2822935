// The form over a text it does not own: what is typed goes out as the new text at once (comments
// kept), a new text from outside (the editor) shows at once, the checker's markers land on the
// field they name, the registry password is masked and marked secret, and the auditors offered
// are the ones on chain.
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "@/test/render";
import type { Diagnostic } from "../../checker/types";
import SdlBuilder from "./SdlBuilder";

const SDL = `# my web
version: "2.0"
services:
  web:
    image: nginx:1.27 # pinned
    credentials:
      host: ghcr.io
      username: me
      password: hunter22
profiles:
  compute:
    web:
      resources:
        cpu:
          units: 0.5
        memory:
          size: 512Mi
        storage:
          - size: 1Gi
  placement:
    dcloud:
      pricing:
        web:
          denom: uact
          amount: 100
deployment:
  web:
    dcloud:
      profile: web
      count: 1
`;

const AUDITOR = "akash1auditoraddressxxxxxxxxxxxxxxxxxxxxxxx";
const routes = {
  "/akash/audit/v1/audit/attributes/list": {
    providers: [
      { owner: "akash1p1", auditor: AUDITOR, attributes: [] },
      { owner: "akash1p2", auditor: AUDITOR, attributes: [] },
    ],
    pagination: { next_key: null, total: "2" },
  },
  "/akash/provider/v1beta4/providers": { providers: [], pagination: { next_key: null, total: "0" } },
};

function setup(diagnostics: Diagnostic[] = []) {
  cleanup();
  const texts: string[] = [];
  let setOutside: (t: string) => void = () => {};
  function Host() {
    const [text, setText] = useState(SDL);
    setOutside = setText;
    return (
      <SdlBuilder
        text={text}
        diagnostics={diagnostics}
        gpuOffers={[{ vendor: "nvidia", model: "h100", ram: "80Gi" }]}
        blockTimeSec={6}
        onChange={(t) => {
          texts.push(t);
          setText(t);
        }}
      />
    );
  }
  renderWithApp(<Host />, { routes });
  return { texts, setOutside: (t: string) => setOutside(t), last: () => texts.at(-1) ?? SDL };
}

describe("SdlBuilder", () => {
  it("writes a typed value into the text at once, keeping comments", () => {
    const { last } = setup();
    fireEvent.change(screen.getByLabelText("Image"), { target: { value: "nginx:1.28" } });
    expect(last()).toBe(SDL.replace("nginx:1.27", "nginx:1.28"));
    fireEvent.change(screen.getByLabelText("Memory"), { target: { value: "1Gi" } });
    expect(last()).toContain("# my web\n");
    expect(last()).toContain("image: nginx:1.28 # pinned\n");
    expect(last()).toContain("size: 1Gi\n        storage:");
  });

  it("shows a text changed outside the form at once", () => {
    const { setOutside } = setup();
    expect(screen.getByLabelText("CPU")).toHaveProperty("value", "0.5");
    act(() => setOutside(SDL.replace("units: 0.5", "units: 4")));
    expect(screen.getByLabelText("CPU")).toHaveProperty("value", "4");
  });

  it("puts the checker's marker on the field it names", () => {
    const marker: Diagnostic = {
      severity: "error",
      source: "value",
      path: ["profiles", "compute", "web", "resources", "memory", "size"],
      message: "memory.size of profile web is not a size.",
      range: { startLine: 17, startColumn: 17, endLine: 17, endColumn: 22 },
    };
    setup([marker]);
    const memory = screen.getByLabelText("Memory");
    expect(memory.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByLabelText("CPU").getAttribute("aria-invalid")).toBeNull();
    expect(screen.getByText("memory.size of profile web is not a size.")).toBeTruthy();
    expect(screen.getByText("1 error")).toBeTruthy();
  });

  it("masks the registry password and marks it secret", () => {
    setup();
    const password = screen.getByLabelText(/Registry password or token/);
    expect(password.getAttribute("type")).toBe("password");
    expect(screen.getByText("secret")).toBeTruthy();
    expect(screen.getByText(/Drafts, share links, receipts and exports leave it out/)).toBeTruthy();
  });

  it("offers the auditors on chain for signedBy and writes the one picked", async () => {
    const { last } = setup();
    const placement = screen.getByRole("region", { name: "Placement dcloud" });
    const pick = await within(placement).findByRole("combobox", { name: /^Require / });
    expect(within(placement).getByText("vouches for 2 providers")).toBeTruthy();
    fireEvent.change(pick, { target: { value: "allOf" } });
    expect(last()).toContain(`      signedBy:\n        allOf:\n          - ${AUDITOR}\n`);
  });

  it("says when the text is not YAML it can edit, and edits nothing", () => {
    const { texts, setOutside } = setup();
    act(() => setOutside("services: [unclosed"));
    expect(screen.getByRole("alert").textContent).toMatch(/cannot read this text/);
    expect(texts).toEqual([]);
  });
});
