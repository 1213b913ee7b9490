/**
 * The what-if page measured in Debian's headless chromium, beside Node on the same machine in
 * the same run (2 shared cores: bare figures drift, same-run ratios hold):
 *   - the page's size: raw and gzip (level 9) bytes of dist/app/planner.html;
 *   - time to interactive: navigation start to the page's ready flag (presets listed, form
 *     built and checked), over several loads;
 *   - replications per second: the same scenario, seed and replications run by the page's
 *     worker (serially, one thread: its own timing of the replications, charts excluded; cold =
 *     the worker's first run, warm = its second) and by the same run job in Node (serially, this
 *     thread), alternating rounds; the ratio is warm page over Node from round 1 on;
 *   - how often Chromium's Math.exp, Math.log and Math.pow round differently from Node's (the
 *     reason in-page doubles can differ from Node's in the last bits).
 *
 *   npm run build && npx tsx bench/page.bench.ts [--rounds 3] [--loads 5] [--days 7] [--replications 6]
 *
 * Progress goes to stderr, the results as JSON to stdout. Not a test: nothing here asserts.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { Page } from "puppeteer-core";
import { runScenario } from "../src/app/jobs/run-job.js";
import { encodeState } from "../src/app/page/url-state.js";
import { preset } from "../src/gate/index.js";
import { launchChromium, openPage, pageUrl } from "../test/app/browser.js";
import { PAGE } from "../test/app/cli.js";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    loads: { type: "string", default: "5" },
    days: { type: "string", default: "7" },
    replications: { type: "string", default: "6" },
  },
});
const rounds = Number(values.rounds);
const loads = Number(values.loads);
const replications = Number(values.replications);
const scenario = { ...preset("huu-nghi-smart-2024")!, horizonDays: Number(values.days) };
const seed = "bench";

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const log = (text: string) => process.stderr.write(`${text}\n`);

const html = readFileSync(PAGE);
const size = { rawBytes: html.length, gzipBytes: gzipSync(html, { level: 9 }).length };
log(`page: ${size.rawBytes} B raw, ${size.gzipBytes} B gzip`);

const browser = await launchChromium();
try {
  const interactive: number[] = [];
  for (let i = 0; i < loads; i++) {
    const { page } = await openPage(browser);
    interactive.push(Number(await page.evaluate(() => document.documentElement.dataset.readyMs)));
    await page.close();
  }
  log(`time to interactive (ms): ${interactive.map((ms) => ms.toFixed(0)).join(", ")}`);

  const link = `${pageUrl()}${encodeState({ scenario, seed, replications })}`;
  // Each round: Node runs the job once in this process (cold in round 0 only), then a fresh page
  // runs it twice: cold (the worker's first run) and warm (the same worker again).
  const speed: Array<{
    round: number;
    nodePerSecond: number;
    pageColdPerSecond: number;
    pageWarmPerSecond: number;
  }> = [];
  const pageRun = async (page: Page): Promise<number> => {
    await page.evaluate(() => document.getElementById("run-result")?.remove());
    await page.click("#run");
    await page.waitForSelector("#run-result[data-run-seconds]", { timeout: 600_000 });
    return Number(await page.$eval("#run-result", (e) => (e as HTMLElement).dataset.runSeconds));
  };
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await runScenario(scenario, seed, replications);
    const nodeSeconds = (performance.now() - started) / 1000;
    const { page } = await openPage(browser, link);
    const coldSeconds = await pageRun(page);
    const warmSeconds = await pageRun(page);
    await page.close();
    speed.push({
      round,
      nodePerSecond: replications / nodeSeconds,
      pageColdPerSecond: replications / coldSeconds,
      pageWarmPerSecond: replications / warmSeconds,
    });
    log(
      `round ${round}: node ${nodeSeconds.toFixed(2)} s, page ${coldSeconds.toFixed(2)} s cold, ${warmSeconds.toFixed(2)} s warm`,
    );
  }

  const mathProbe = () => {
    const xs: number[] = [];
    let s = 12345;
    for (let i = 0; i < 20_000; i++) {
      s = (s * 1103515245 + 12345) % 2147483648;
      xs.push((s / 2147483648) * 20 - 10);
    }
    return {
      exp: xs.map((x) => Math.exp(x)),
      log: xs.map((x) => Math.log(Math.abs(x))),
      pow: xs.map((x, i) => Math.abs(x) ** (xs[(i + 1) % xs.length]! / 3)),
    };
  };
  const { page } = await openPage(browser);
  const inPage = await page.evaluate(mathProbe);
  const inNode = mathProbe();
  const mathDiffering = Object.fromEntries(
    (Object.keys(inNode) as Array<keyof typeof inNode>).map((name) => [
      name,
      inNode[name].filter((v, i) => !Object.is(v, inPage[name][i])).length / inNode[name].length,
    ]),
  );

  // Warm against warm: Node's round 0 includes its JIT warm-up, so it is left out when possible.
  const warm = speed.length > 1 ? speed.slice(1) : speed;
  const ratios = warm.map((s) => s.pageWarmPerSecond / s.nodePerSecond);
  process.stdout.write(
    `${JSON.stringify(
      {
        scenario: `${scenario.name}, ${scenario.horizonDays} days, ${replications} replications, seed "${seed}"`,
        browser: await browser.version(),
        node: process.version,
        size,
        timeToInteractiveMs: { median: median(interactive), all: interactive },
        speed,
        warmPageOverNodeRatio: { median: median(ratios), all: ratios },
        mathDiffering,
      },
      null,
      2,
    )}\n`,
  );
} finally {
  await browser.close();
}
