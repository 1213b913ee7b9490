#!/usr/bin/env node
/**
 * Screenshots of the what-if page for the README (docs/what-if-page*.png): the built page
 * (npm run build) in Debian's headless chromium, the manual 2019 preset over 7 days with 5
 * replications, at a laptop's width (1,280 px) and a tablet's (820 px).
 *
 *   node scripts/app-screenshot.mjs
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const url = pathToFileURL(join(root, "dist", "app", "planner.html")).href;
mkdirSync(join(root, "docs"), { recursive: true });

const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  for (const [name, width, height] of [
    ["what-if-page.png", 1280, 1500],
    ["what-if-page-tablet.png", 820, 1400],
  ]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    await page.goto(url);
    await page.waitForSelector("html[data-ready=true]", { timeout: 60_000 });
    await page.select("#preset", "huu-nghi-manual-2019");
    await page.click('[data-field="horizonDays"]', { count: 3 });
    await page.type('[data-field="horizonDays"]', "7");
    await page.click("#run-replications", { count: 3 });
    await page.type("#run-replications", "5");
    await page.click("#run");
    await page.waitForSelector("#run-result", { timeout: 600_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(root, "docs", name) });
    await page.close();
  }
} finally {
  await browser.close();
}
