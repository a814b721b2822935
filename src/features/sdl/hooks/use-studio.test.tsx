// The studio's state with the real checker (chain-sdk, loaded as in the browser): a template
// opens as a draft and builds a summary; an error blocks deploying and keeps the last summary
// (stale); its one-click fix applies to the text; deploying hands the text to the deploy slot.
import { act, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { resetBrowserStorage } from "@/test/memory-storage";
import { renderHookWithApp } from "@/test/render";
import { findTemplate } from "../templates/catalog";
import { useStudio } from "./use-studio";

function setup() {
  resetBrowserStorage();
  const deployed: string[] = [];
  const app = renderHookWithApp(() => useStudio((sdl) => deployed.push(sdl)));
  const checked = () =>
    waitFor(() => expect(app.result.current.check.pending).toBe(false), { timeout: 10_000 });
  return { ...app, deployed, checked };
}

describe("useStudio", () => {
  it("opens a template as a draft, checks it, summarizes it and deploys its text", async () => {
    const { result, checked, deployed } = setup();
    expect(result.current.doc.current).toBeNull();
    act(() => result.current.gallery.show());
    const template = findTemplate("web-server")!;
    act(() => result.current.gallery.pick(template));
    expect(result.current.gallery.open).toBe(false);
    expect(result.current.doc.current?.name).toBe(template.title);
    await checked();
    expect(result.current.check.errors).toBe(0);
    expect(result.current.summary).not.toBeNull();
    expect(result.current.stale).toBe(false);
    // The manifest version is a SHA-256 computed after the check (Web Crypto is asynchronous).
    await waitFor(() => expect(result.current.versionHex).toMatch(/^[0-9a-f]{64}$/));
    expect(result.current.canDeploy).toBe(true);
    act(() => result.current.commands.deploy());
    expect(deployed).toEqual([template.sdl]);
  });

  it("blocks deploying an SDL with errors, applies the fix, and keeps the last summary dimmed", async () => {
    const { result, checked, deployed } = setup();
    act(() => result.current.doc.fromTemplate(findTemplate("web-server")!));
    await checked();
    act(() => result.current.doc.edit(result.current.doc.text.replaceAll("uact", "uakt")));
    await checked();
    const error = result.current.check.diagnostics.find((d) => d.severity === "error" && d.fix);
    expect(error?.source).toBe("deployment-denom");
    expect(result.current.canDeploy).toBe(false);
    act(() => result.current.commands.deploy());
    expect(deployed).toEqual([]);
    expect(await screen.findByText(/^Fix \d+ errors? before deploying$/)).toBeTruthy();
    act(() => result.current.applyFixToText(error!.fix!));
    await checked();
    expect(result.current.doc.text).not.toMatch(/denom: uakt/);
    expect(result.current.canDeploy).toBe(true);
    // Text chain-sdk cannot build at all: the summary of the last one that did stays, dimmed.
    act(() => result.current.doc.edit(`${result.current.doc.text}\nservices: [`));
    await checked();
    expect(result.current.stale).toBe(true);
    expect(result.current.summary).not.toBeNull();
    expect(result.current.versionHex).toBeNull();
  });
});
