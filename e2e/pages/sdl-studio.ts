// Page object for the SDL studio (/new): templates, the Monaco editor driven by the keyboard like
// a user would, the problems list, the summary, drafts and share links.
import { appPath } from "../support/app-path";
import type { Locator, Page } from "@playwright/test";
import { MonacoEditor, type MarkerKind } from "./monaco-editor";

export class SdlStudio {
  private readonly monaco: MonacoEditor;

  constructor(readonly page: Page) {
    this.monaco = new MonacoEditor(page, this.editor);
  }

  get editor(): Locator {
    return this.page.getByTestId("sdl-editor");
  }
  get problems(): Locator {
    return this.page.getByTestId("problem");
  }
  get problemCounts(): Locator {
    return this.page.getByTestId("problem-counts");
  }
  get summary(): Locator {
    return this.page.getByTestId("summary");
  }
  get pricePerMonth(): Locator {
    return this.page.getByTestId("price-per-month");
  }
  get manifestHash(): Locator {
    return this.page.getByTestId("manifest-hash");
  }
  get saveStatus(): Locator {
    return this.page.getByTestId("save-status");
  }
  get drafts(): Locator {
    return this.page.getByTestId("draft");
  }

  async open(path = "/new"): Promise<void> {
    await this.page.goto(appPath(path));
    await this.page.getByRole("heading", { level: 1, name: "New deployment" }).waitFor();
  }

  async pickTemplate(title: string): Promise<void> {
    await this.page.getByRole("button", { name: `Use template: ${title}` }).click();
    await this.waitForEditor();
  }

  /** The tabs a phone shows instead of the form and the editor side by side. */
  get viewTabs(): Locator {
    return this.page.getByRole("tablist", { name: "Edit as" });
  }
  get form(): Locator {
    return this.page.getByTestId("sdl-builder");
  }

  /** Waits for the YAML editor; on a phone (the form first) it taps "YAML" once the studio is up. */
  async waitForEditor(): Promise<void> {
    await this.viewTabs.or(this.monaco.lines).first().waitFor();
    if (await this.viewTabs.isVisible()) await this.showYaml();
    await this.monaco.lines.waitFor();
  }

  async showYaml(): Promise<void> {
    await this.viewTabs.getByRole("tab", { name: /^YAML/ }).click();
  }

  async showForm(): Promise<void> {
    if (await this.viewTabs.isVisible()) await this.viewTabs.getByRole("tab", { name: "Form" }).click();
    await this.form.waitFor();
  }

  problemOnLine(line: number, severity: MarkerKind, text: string): Locator {
    return this.page
      .locator(`[data-testid="problem"][data-line="${line}"][data-severity="${severity}"]`)
      .filter({ hasText: text });
  }

  /** Moves the cursor to the end of a line with Monaco's "Go to line" (Ctrl+G). */
  goToLineEnd(line: number): Promise<void> {
    return this.monaco.goToLineEnd(line);
  }

  insertLineAfter(line: number, text: string): Promise<void> {
    return this.monaco.insertLineAfter(line, text);
  }

  /** Replaces the last `count` characters of a line (before any trailing `keep` characters). */
  retypeLineEnd(line: number, count: number, text: string, keep = 0): Promise<void> {
    return this.monaco.retypeLineEnd(line, count, text, keep);
  }

  /** Line numbers that currently show a squiggle of this kind, read from what Monaco renders. */
  markerLines(kind: MarkerKind): Promise<number[]> {
    return this.monaco.markerLines(kind);
  }

  async editorText(): Promise<string> {
    // Monaco renders only visible lines; the model's text is what a download would contain.
    const download = this.page.waitForEvent("download");
    await this.page.getByRole("button", { name: "Download" }).click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
}
