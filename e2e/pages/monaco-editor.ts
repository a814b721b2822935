// Drives one Monaco code editor by the keyboard like a user would, and reads what it renders.
// `root` holds exactly one editable editor: the studio's editor, or the edited side of a diff.
import type { Locator, Page } from "@playwright/test";

export type MarkerKind = "error" | "warning" | "info";

/** Monaco, its workers and the editor component: the chunks that must stay off other pages. */
export const EDITOR_CHUNK = /\/assets\/(SdlEditor|editor\.api|editor\.worker|yaml\.worker)-[\w-]+\.js/;

export class MonacoEditor {
  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {}

  /** The text area of this editor; a diff shown inline adds its deleted lines as more `.view-lines`. */
  get lines(): Locator {
    return this.root.locator(".lines-content > .view-lines");
  }

  /** Moves the cursor to the end of a line with Monaco's "Go to line" (Ctrl+G). */
  async goToLineEnd(line: number): Promise<void> {
    await this.lines.click();
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

  /** Line numbers that currently show a squiggle of this kind. */
  markerLines(kind: MarkerKind): Promise<number[]> {
    return this.root.evaluate((root, cls) => {
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

  /** The text of each rendered line that carries a whole-line decoration (a diff's `line-insert`). */
  decoratedLineTexts(cls: string): Promise<string[]> {
    return this.root.evaluate((root, cls) => {
      const textAtTop = new Map<string, string>();
      for (const line of root.querySelectorAll<HTMLElement>(".lines-content > .view-lines > .view-line"))
        textAtTop.set(line.style.top, (line.textContent ?? "").replace(/\u00a0/g, " "));
      const rows = [...root.querySelectorAll<HTMLElement>(".lines-content > .view-overlays > div")];
      return rows
        .filter((row) => row.querySelector(`.${cls}`))
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((row) => textAtTop.get(row.style.top) ?? "");
    }, cls);
  }
}
