import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const log = readFileSync("/tmp/dep-stack.log", "utf8");
const info = JSON.parse(log.split("\n").find((l) => l.startsWith("CONSOLE_READY "))!.slice(14));
const owner = info.localnet.accounts.find((a: { name: string }) => a.name === "tenant-2").address;
const pages = (process.argv[2] ?? `/deployments?owner=${owner}`).split(",").map((p) => p.replace("OWNER", owner));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
for (const [name, viewport] of [["desk", { width: 1280, height: 900 }], ["phone", { width: 412, height: 915 }]] as const) {
  const page = await browser.newPage({ viewport });
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") console.log(name, m.type(), m.text().slice(0, 300)); });
  page.on("pageerror", (e) => console.log(name, "pageerror", e.message));
  for (const [i, p] of pages.entries()) {
    await page.goto(info.url + p);
    await page.waitForTimeout(Number(process.env.WAIT ?? 2500));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.screenshot({ path: `/tmp/shot-${name}-${i}.png`, fullPage: true });
    console.log(name, p, "overflow", overflow);
  }
  await page.close();
}
await browser.close();
