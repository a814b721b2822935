// Page object for the SDL studio (/new): templates, the Monaco editor driven by the keyboard like
// a user would, the problems list, the summary, drafts and share links.
import type { Locator, Page } from "@playwright/test";

export type MarkerKind = "error" | "warning" | "info";

export class SdlStudio {
  constructor(readonly page: Page) {}

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
    await this.page.goto(path);
    await this.page.getByRole("heading", { level: 1, name: "New deployment" }).waitFor();
  }

  async pickTemplate(title: string): Promise<void> {
    await this.page.getByRole("button", { name: `Use template: ${title}` }).click();
    await this.waitForEditor();
  }

  async waitForEditor(): Promise<void> {
    await this.editor.locator(".view-lines").waitFor();
  }

  problemOnLine(line: number, severity: MarkerKind, text: string): Locator {
    return this.page
      .locator(`[data-testid="problem"][data-line="${line}"][data-severity="${severity}"]`)
      .filter({ hasText: text });
  }

  /** Moves the cursor to the end of a line with Monaco's "Go to line" (Ctrl+G). */
  async goToLineEnd(line: number): Promise<void> {
    await this.editor.locator(".view-lines").click();
    await this.page.keyboard.press("Control+g");
    await this.page.keyboard.type(String(line));
    await this.page.keyboard.press("Enter");
    await this.page.keyboard.press("End");
  }

  async insertLineAfter(line: number, text: string): Promise<void> {
    await this.goToLineEnd(line);
    await this.page.keyboard.press("Enter");
    await this.page.keyboard.type(text);
    await this.page.keyboard.press("Escape");
  }

  /** Replaces the last `count` characters of a line (before any trailing `keep` characters). */
  async retypeLineEnd(line: number, count: number, text: string, keep = 0): Promise<void> {
    await this.goToLineEnd(line);
    for (let i = 0; i < keep; i++) await this.page.keyboard.press("ArrowLeft");
    for (let i = 0; i < count; i++) await this.page.keyboard.press("Backspace");
    await this.page.keyboard.type(text);
    await this.page.keyboard.press("Escape");
  }

  /** Line numbers that currently show a squiggle of this kind, read from what Monaco renders. */
  markerLines(kind: MarkerKind): Promise<number[]> {
    return this.editor.evaluate((root, cls) => {
      const numberAtTop = new Map<string, number>();
      for (const row of root.querySelectorAll<HTMLElement>(".margin-view-overlays > div")) {
        const n = Number(row.querySelector(".line-numbers")?.textContent);
        if (n) numberAtTop.set(row.style.top, n);
      }
      const lines = new Set<number>();
      for (const row of root.querySelectorAll<HTMLElement>(".view-overlays > div")) {
        const n = numberAtTop.get(row.style.top);
        if (n && row.querySelector(`.${cls}`)) lines.add(n);
      }
      return [...lines].sort((a, b) => a - b);
    }, `squiggly-${kind}`);
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
