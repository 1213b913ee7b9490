/**
 * Debian's headless chromium driven by puppeteer-core, for the page's tests and the bench. A
 * missing browser is an error (the tests fail, never skip).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { PAGE } from "./cli.js";

/** The system browser the tests drive. */
export const CHROMIUM = "/usr/bin/chromium";

/** Starts headless chromium; throws when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)`);
  }
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
}

/** The built page's file:// URL (throws when it has not been built). */
export function pageUrl(): string {
  if (!existsSync(PAGE)) throw new Error(`${PAGE} is missing: run "npm run build" first`);
  return pathToFileURL(PAGE).href;
}

/**
 * Opens `url` in a new tab and waits for the page's ready flag; page errors and every URL the
 * page requests (the page itself, its workers' Blob URLs, downloads…) are collected.
 */
export async function openPage(
  browser: Browser,
  url = pageUrl(),
  width = 1280,
): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("request", (request) => requests.push(request.url()));
  await page.setViewport({ width, height: 900 });
  await page.goto(url);
  await page.waitForSelector("html[data-ready=true]", { timeout: 60_000 });
  return { page, errors, requests };
}

/** Types `value` into the control of a form field (replacing what is there). */
export async function typeInto(page: Page, field: string, value: string): Promise<void> {
  const selector = `[data-field="${field}"]`;
  await page.click(selector, { count: 3 });
  await page.$eval(selector, (input) => {
    (input as HTMLInputElement).value = "";
  });
  await page.type(selector, value);
}

/** Waits until the page is not running a job and its problems are checked. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.busy !== "true");
  await new Promise((resolve) => setTimeout(resolve, 400));
}

/** Clicks `selector` and returns the text of the file the page downloads. */
export async function downloadFrom(page: Page, selector: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "gatesim-download-"));
  const session = await page.createCDPSession();
  await session.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: dir });
  await page.click(selector);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const done = readdirSync(dir).filter((name) => !name.endsWith(".crdownload"));
    if (done.length > 0) return readFileSync(join(dir, done[0]!), "utf8");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no file downloaded after clicking ${selector}`);
}
