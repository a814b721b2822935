import { readFileSync } from "node:fs";
import { expect, test } from "./support/fixtures";
import { AppShell } from "./pages/app-shell";
import { EDITOR_CHUNK } from "./pages/monaco-editor";
import { SdlStudio } from "./pages/sdl-studio";

const TEMPLATE = readFileSync(
  new URL("../src/features/sdl/templates/ollama-llm.yaml", import.meta.url),
  "utf8",
);
const lineOf = (needle: string) => TEMPLATE.split("\n").findIndex((l) => l.includes(needle)) + 1;

test("break the GPU LLM template three ways, see each problem at its line, fix the price in one click", async ({
  page,
}) => {
  const studio = new SdlStudio(page);
  await studio.open();
  await studio.pickTemplate("Ollama LLM server");
  await expect(studio.problemCounts).toHaveText("0 errors, 0 warnings");
  await expect(studio.pricePerMonth).toContainText("ACT ≈ $");
  await expect(studio.manifestHash).toHaveText(/^[0-9a-f]{64}$/);

  const imageLine = lineOf("image: ollama/ollama");
  // Lines below the inserted key move down by one.
  const vendorLine = lineOf("nvidia:") + 1;
  const denomLine = lineOf("denom: uact") + 1;
  await studio.insertLineAfter(imageLine, "bogusKey: 1");
  await studio.retypeLineEnd(vendorLine, 0, "a", 1);
  await studio.retypeLineEnd(denomLine, 2, "kt");

  const unknownKey = studio.problemOnLine(imageLine + 1, "error", '"bogusKey" is not allowed');
  const vendor = studio.problemOnLine(vendorLine, "error", '"nvidiaa" is not allowed');
  const price = studio.problemOnLine(denomLine, "error", "priced in ACT (uact)");
  await expect(unknownKey).toBeVisible();
  await expect(vendor).toBeVisible();
  await expect(price).toBeVisible();
  await expect(studio.problemCounts).toHaveText("3 errors, 0 warnings");
  await expect(studio.summary).toContainText("Out of date");

  // Each problem jumps the editor to its line, where Monaco shows the error squiggle.
  for (const [problem, line] of [
    [unknownKey, imageLine + 1],
    [vendor, vendorLine],
    [price, denomLine],
  ] as const) {
    await problem.getByRole("button").first().click();
    await expect.poll(() => studio.markerLines("error")).toContain(line);
  }

  // Undo the two schema errors by editing; the summary then shows the AKT price it would sign.
  await studio.goToLineEnd(imageLine + 1);
  await page.keyboard.press("Control+Shift+k");
  await studio.retypeLineEnd(vendorLine - 1, 1, "", 1);
  await expect(studio.problemCounts).toHaveText("1 error, 0 warnings");
  await expect(studio.pricePerMonth).toContainText("AKT");
  await expect(studio.pricePerMonth).not.toContainText("$");

  await studio
    .problemOnLine(denomLine - 1, "error", "priced in ACT")
    .getByRole("button", { name: "Price in ACT (uact)" })
    .click();
  await expect(studio.problemCounts).toHaveText("0 errors, 0 warnings");
  await expect(studio.pricePerMonth).toContainText("ACT ≈ $");
  await expect(studio.summary).not.toContainText("Out of date");
  // The template as written, but for its per-block amount: written for this network's block time.
  const amount = /amount: [\d.]+/;
  const text = await studio.editorText();
  expect(text.replace(amount, "amount: N")).toBe(TEMPLATE.replace(amount, "amount: N"));
  expect(text.match(amount)?.[0]).not.toBe(TEMPLATE.match(amount)?.[0]);
});

test("the editor chunk is not loaded on the deployments route, only in the studio", async ({
  page,
}, testInfo) => {
  const requested: string[] = [];
  page.on("request", (r) => requested.push(r.url()));
  const shell = new AppShell(page, testInfo.project.name === "phone");
  await shell.open("/deployments");
  await page.waitForLoadState("networkidle");
  expect(requested.filter((u) => EDITOR_CHUNK.test(u))).toEqual([]);

  await shell.navigate("Deploy");
  await new SdlStudio(page).pickTemplate("Web server (nginx)");
  await expect.poll(() => requested.filter((u) => EDITOR_CHUNK.test(u)).length).toBeGreaterThanOrEqual(3);
});

test("the form beside the editor on a desktop, one tap apart on a phone; the summary below; nothing scrolls sideways", async ({
  page,
}, testInfo) => {
  const studio = new SdlStudio(page);
  await studio.open();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await studio.pickTemplate("vLLM, OpenAI-compatible API");
  await expect(studio.manifestHash).toHaveText(/^[0-9a-f]{64}$/);
  expect(await overflow()).toBeLessThanOrEqual(0);
  const editor = await studio.editor.boundingBox();
  const summary = await studio.summary.boundingBox();
  if (!editor || !summary) throw new Error("editor and summary must be visible");
  expect(summary.y).toBeGreaterThanOrEqual(editor.y + editor.height);
  if (testInfo.project.name === "phone") {
    // The YAML tab is open: the form is one tap away, and comes back with the same document.
    await expect(studio.form).toBeHidden();
    await studio.showForm();
    await expect(studio.form.getByLabel("Image", { exact: true })).toHaveValue(/^vllm\/vllm-openai:/);
  } else {
    const form = await studio.form.boundingBox();
    if (!form) throw new Error("the form must be visible beside the editor");
    expect(editor.x).toBeGreaterThanOrEqual(form.x + form.width);
    expect(Math.abs(editor.y - form.y)).toBeLessThan(5);
  }
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test("drafts autosave, survive a reload, travel in a share link and can be deleted", async ({
  page,
  context,
}) => {
  const studio = new SdlStudio(page);
  await studio.open();
  await studio.pickTemplate("Image from a private registry");
  await page.getByLabel("Draft name").fill("my private app");
  await expect(studio.saveStatus).toContainText("Saved in this browser");
  await page.reload();
  await studio.waitForEditor();
  await expect(page.getByLabel("Draft name")).toHaveValue("my private app");
  // The registry password is never stored: the reopened draft asks for it again.
  await expect(studio.problems.first()).toContainText("password");

  await page.getByRole("button", { name: "Share link", exact: true }).click();
  const link = await page.getByLabel("Share link", { exact: true }).inputValue();
  expect(link).toMatch(/\/new#sdl=[\w-]+$/);
  await page.getByRole("button", { name: "Close" }).click();

  const other = await context.newPage();
  const shared = new SdlStudio(other);
  await other.goto(link);
  await shared.waitForEditor();
  await expect(other.getByLabel("Draft name")).toHaveValue("Shared SDL");
  await expect(other).toHaveURL(/\/new$/);
  // The shared SDL becomes a draft of its own once autosave has run (debounced).
  await expect(shared.saveStatus).toContainText("Saved in this browser");
  await other.close();

  await page.reload();
  await expect(studio.drafts).toHaveCount(2);
  await page.getByRole("button", { name: "Delete draft my private app" }).click();
  await expect(studio.drafts).toHaveCount(1);
});

test("bad input gets a clear error and loses nothing", async ({ page }) => {
  const studio = new SdlStudio(page);
  await studio.open();
  await studio.pickTemplate("Web server (nginx)");
  const picker = page.getByLabel("Import an SDL file");

  await picker.setInputFiles({
    name: "huge.yaml",
    mimeType: "text/yaml",
    buffer: Buffer.alloc(5 * 1024 * 1024, "a: 1\n"),
  });
  await expect(page.getByRole("alert").filter({ hasText: "huge.yaml" })).toContainText("at most 512 KiB");
  await expect(page.getByLabel("Draft name")).toHaveValue("Web server (nginx)");

  // Aliases along fields the checker reads (1,000 expose entries of 1,000 targets each): a bomb
  // in keys it does not read is never expanded at all.
  const many = (alias: string) => `[${Array(1000).fill(alias).join(", ")}]`;
  const bomb = [
    "x-target: &t { global: true }",
    `x-targets: &to ${many("*t")}`,
    "x-expose: &e { port: 80, to: *to }",
    "services:",
    "  web:",
    "    image: nginx:1.27",
    `    expose: ${many("*e")}`,
  ];
  await picker.setInputFiles({
    name: "bomb.yaml",
    mimeType: "text/yaml",
    buffer: Buffer.from(bomb.join("\n")),
  });
  await expect(studio.problems.first()).toContainText("alias bomb");

  await picker.setInputFiles({
    name: "junk.bin",
    mimeType: "application/octet-stream",
    buffer: Buffer.from([0, 1, 2, 3, 255, 0, 7]),
  });
  await expect(studio.problems.first()).toContainText("binary data");

  const deep = "a: " + "[".repeat(3_000) + "]".repeat(3_000);
  await picker.setInputFiles({ name: "deep.yaml", mimeType: "text/yaml", buffer: Buffer.from(deep) });
  await expect(studio.problems.first()).toContainText("levels deep");
  // The editor still answers typing after all of that.
  await studio.goToLineEnd(1);
  await page.keyboard.type(" ");
  await expect(studio.problems.first()).toContainText("levels deep");
  // Every import opened as its own draft; the web server draft is still there.
  await expect(studio.drafts).toHaveCount(4);
});

test("a GPU model no local provider offers is a warning naming the offered models", async ({ page }) => {
  const studio = new SdlStudio(page);
  await studio.open();
  await studio.pickTemplate("Ollama LLM server");
  const modelLine = lineOf("model: h100");
  await studio.retypeLineEnd(modelLine, 3, "200");
  await expect(
    studio.problemOnLine(modelLine, "warning", "Offered: a100 (80Gi), h100 (80Gi), rtx4090 (24Gi)"),
  ).toContainText("No provider on Local network offers nvidia h200 with 80Gi");
});
