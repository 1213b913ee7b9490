/**
 * The what-if page in a real browser (Debian's headless chromium, from file://): a preset
 * edited and run gives the library's own numbers and the CLI's document byte for byte; a bad
 * scenario shows each problem beside its field; two variants compare on common random numbers
 * as the library computes it; a link reproduces the form.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, ElementHandle, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkScenario } from "../../src/app/jobs/issues.js";
import { planScenario } from "../../src/app/jobs/plan-job.js";
import { comparePaired } from "../../src/experiment/compare.js";
import { replicate } from "../../src/experiment/replicate.js";
import { GATE_KPIS, gateModel, preset, type Scenario, SEGMENTS } from "../../src/gate/index.js";
import { downloadFrom, launchChromium, openPage, settled, typeInto } from "./browser.js";
import { gatesim } from "./cli.js";

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), "gatesim-page-"));

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The same number up to the last bits: Chromium's Math.exp, Math.log and Math.pow round 5-15% of
 * arguments differently (1 ulp) from Node 20's, so a mean of thousands of times can differ in
 * its 16th digit (bench/page-vs-node.ts measures this). The JSON documents, rounded to six
 * significant digits, are compared byte for byte.
 */
function expectSameDouble(page: number, node: number | null, what: string): void {
  expect(node, what).not.toBeNull();
  expect(Math.abs(page - node!), what).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(node!)));
}

async function setRun(page: Page, seed: string, replications: string): Promise<void> {
  for (const [id, value] of [
    ["#run-seed", seed],
    ["#run-replications", replications],
  ] as const) {
    await page.click(id, { count: 3 });
    await page.type(id, value);
  }
}

function valid(input: unknown): Scenario {
  const checked = checkScenario(input);
  if (!checked.ok) throw new Error(checked.issues.map((issue) => issue.message).join("\n"));
  return checked.scenario;
}

describe("the what-if page in headless chromium", { timeout: 240_000 }, () => {
  it("runs an edited preset and shows the library's KPIs, chart series and the CLI's JSON", async () => {
    const { page, errors, requests } = await openPage(browser);
    await page.select("#preset", "huu-nghi-manual-2019");
    await typeInto(page, "horizonDays", "3");
    await typeInto(page, "stations.1.servers", "12");
    await setRun(page, "7", "3");
    await settled(page);
    expect(await page.$eval("#validity", (e) => e.textContent)).toContain("valid");
    await page.click("#run");
    await page.waitForSelector("#kpi-table", { timeout: 120_000 });

    const exported = JSON.parse(await downloadFrom(page, "#export-scenario"));
    expect(exported.horizonDays).toBe(3);
    expect(exported.stations[1]).toMatchObject({ id: "customs", servers: 12 });
    const scenario = valid(exported);

    const summary = await replicate({
      model: gateModel,
      config: scenario,
      seed: "7",
      replications: 3,
      kpis: GATE_KPIS,
    });
    const rows = await page.$$eval("#kpi-table tbody tr", (trs) =>
      trs.map((tr) => ({ key: tr.dataset.kpi!, mean: tr.dataset.mean! })),
    );
    expect(rows.map((row) => row.key)).toEqual(GATE_KPIS.map((kpi) => kpi.key));
    for (const row of rows)
      expectSameDouble(Number(row.mean), summary.kpis[row.key]!.mean, row.key);

    const series = JSON.parse(
      await page.$eval("#chart-cleared", (figure) => (figure as HTMLElement).dataset.series!),
    );
    const replication0 = gateModel.run(scenario, "7", 0);
    expect(series.clearedPerDay).toEqual(replication0.throughput.clearedPerDay);
    expect(series.arrivedPerDay).toEqual(replication0.throughput.arrivedPerDay);
    expect(await page.$$eval("#run-result svg", (svgs) => svgs.length)).toBe(3);
    expect(await page.$$eval("#trs-table tbody tr", (trs) => trs.length)).toBe(SEGMENTS.length);

    const file = join(dir, "edited.json");
    writeFileSync(file, JSON.stringify(exported));
    const csvFile = join(dir, "edited.csv");
    const cli = gatesim(
      "run",
      file,
      "--seed",
      "7",
      "--replications",
      "3",
      "--json",
      "--quiet",
      "--csv",
      csvFile,
    );
    expect(await downloadFrom(page, "#export-json")).toBe(cli);
    expect(await downloadFrom(page, "#export-csv")).toBe(readFileSync(csvFile, "utf8"));

    // an edit after the run marks the results as no longer the form's
    expect(await page.$("#run-result .stale")).toBeNull();
    await typeInto(page, "horizonDays", "4");
    await page.waitForSelector("#run-result .stale");
    expect(errors).toEqual([]);
    // offline: the file itself and the Blob URLs it makes, nothing from a network
    expect(requests.filter((url) => !/^(file|blob|data):/.test(url))).toEqual([]);
    expect(requests.some((url) => url.startsWith("blob:"))).toBe(true);
  });

  it("shows each problem of a bad scenario file beside its field", async () => {
    const manual = preset("huu-nghi-manual-2019")!;
    const bad = {
      ...manual,
      horizonDays: 0,
      arrivals: { ...manual.arrivals, trucksPerDay: -5 },
      stations: manual.stations.map((s) =>
        s.id === "customs"
          ? { ...s, servers: -2, channelShares: { green: 0.9, yellow: 0.2, red: 0.1 } }
          : s,
      ),
    };
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify(bad));
    const checked = checkScenario(JSON.parse(JSON.stringify(bad)));
    if (checked.ok) throw new Error("the bad scenario should be invalid");

    const { page } = await openPage(browser);
    const input = (await page.$("#scenario-file")) as ElementHandle<HTMLInputElement> | null;
    await input!.uploadFile(file);
    await page.waitForSelector("#validity.bad");
    await settled(page);
    const shown = await page.$$eval(".issue", (nodes) =>
      nodes.map((node) => {
        const field = (node as HTMLElement).dataset.issueField!;
        const control = document.querySelector(`[data-field="${CSS.escape(field)}"]`);
        return {
          field,
          text: node.textContent,
          besideControl: control !== null && control.closest("[data-wrap]")!.contains(node),
          describes:
            control?.getAttribute("aria-describedby")?.split(" ").includes(node.id) ?? false,
          invalid: control?.getAttribute("aria-invalid") === "true",
          inGroup: node.parentElement?.closest("[data-group]")?.getAttribute("data-group") ?? null,
        };
      }),
    );
    expect(shown.map((s) => s.text).sort()).toEqual(checked.issues.map((i) => i.message).sort());
    for (const field of ["horizonDays", "arrivals.trucksPerDay", "stations.1.servers"]) {
      const issue = shown.find((s) => s.field === field);
      expect(issue, field).toMatchObject({ besideControl: true, describes: true, invalid: true });
    }
    const shares = shown.find((s) => s.field.startsWith("stations.1.channelShares"));
    expect(shares?.inGroup ?? shares?.field).toMatch(/^stations\.1\.channelShares/);
    expect(await page.$$eval("#general-issues li", (items) => items.length)).toBe(0);
  });

  it("opens a scenario file dropped on the page", async () => {
    const { page } = await openPage(browser);
    const dropped = { ...preset("huu-nghi-manual-2019")!, horizonDays: 5, name: "dropped" };
    await page.$eval(
      "#drop-zone",
      (zone, text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], "dropped.json", { type: "application/json" }));
        zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true }));
      },
      JSON.stringify(dropped),
    );
    await page.waitForFunction(
      () => (document.querySelector('[data-field="name"]') as HTMLInputElement).value === "dropped",
    );
    expect(
      await page.$eval('[data-field="horizonDays"]', (e) => (e as HTMLInputElement).value),
    ).toBe("5");
    expect(await page.$eval("#status", (e) => e.textContent)).toBe("Loaded dropped.json.");
  });

  it("compares two variants on common random numbers as the library does, and a link reproduces the form", async () => {
    const { page } = await openPage(browser);
    await typeInto(page, "horizonDays", "2");
    await setRun(page, "c", "3");
    await settled(page);
    await page.click("#pin");
    await typeInto(page, "stations.5.servers", "12");
    await settled(page);
    await page.click("#compare");
    await page.waitForSelector("#compare-table", { timeout: 120_000 });

    const a = valid({ ...preset("huu-nghi-smart-2024")!, horizonDays: 2 });
    const b = { ...a, stations: a.stations.map((s, i) => (i === 5 ? { ...s, servers: 12 } : s)) };
    const summary = await comparePaired({
      model: gateModel,
      configA: a,
      configB: valid(b),
      seed: "c",
      replications: 3,
      kpis: GATE_KPIS,
    });
    const rows = await page.$$eval("#compare-table tbody tr", (trs) =>
      trs.map((tr) => ({ key: tr.dataset.kpi!, difference: tr.dataset.difference! })),
    );
    expect(rows.map((row) => row.key)).toEqual(summary.kpis.map((kpi) => kpi.key));
    for (const [i, row] of rows.entries()) {
      expectSameDouble(Number(row.difference), summary.kpis[i]!.difference.mean, row.key);
    }

    const formState = (p: Page) =>
      p.$$eval("[data-field], #run-seed, #run-replications", (controls) =>
        controls.map((c) => [c.id, (c as HTMLInputElement).value]),
      );
    const before = await formState(page);
    expect(page.url()).toMatch(/#w=/);
    const { page: reopened } = await openPage(browser, page.url());
    expect(await formState(reopened)).toEqual(before);
    expect(before).toContainEqual(["f-stations-5-servers", "12"]);
  });

  it("plans capacity as the library does, and stops at its time budget without claiming a plan", async () => {
    const { page } = await openPage(browser);
    await typeInto(page, "horizonDays", "1");
    await setRun(page, "p", "2");
    await page.click("#plan-controls summary");
    await page.select("#plan-kpi", "p90TimeInSystemHours");
    for (const [id, value] of [
      ["#plan-limit", "0.1"],
      ["#plan-max-factor", "1"],
      ["#plan-budget", "600"],
    ] as const) {
      await page.click(id, { count: 3 });
      await page.type(id, value);
    }
    await settled(page);
    await page.click("#plan");
    await page.waitForSelector("#plan-result #chart-frontier svg", { timeout: 120_000 });
    const scenario = valid({ ...preset("huu-nghi-smart-2024")!, horizonDays: 1 });
    const plan = await planScenario(
      scenario,
      "p",
      2,
      { kpi: "p90TimeInSystemHours", relation: "<=", limit: 0.1 },
      { maxFactor: 1, budgetSeconds: 600, now: () => 0 },
    );
    expect(await page.$eval("#plan-result .headline", (e) => e.textContent)).toBe(plan.statement);

    await page.click("#plan-limit", { count: 3 });
    await page.type("#plan-limit", "6");
    await page.click("#plan-max-factor", { count: 3 });
    await page.type("#plan-max-factor", "2");
    await page.click("#plan-budget", { count: 3 });
    await page.type("#plan-budget", "1");
    await page.click("#plan");
    await page.waitForFunction(
      () => document.getElementById("status")?.textContent?.includes("time budget of 1 s ran out"),
      { timeout: 120_000 },
    );
    // the earlier plan is gone: nothing on screen claims a plan for these settings
    expect(await page.$("#plan-result")).toBeNull();
  });

  it("labels every control and fits a tablet's width", async () => {
    const { page } = await openPage(browser, undefined, 820);
    const unlabelled = await page.$$eval("input, select, button", (controls) =>
      controls
        .filter((c) => {
          const labelled =
            (c.id !== "" && document.querySelector(`label[for="${c.id}"]`) !== null) ||
            c.getAttribute("aria-label") !== null ||
            (c.tagName === "BUTTON" && (c.textContent ?? "").trim() !== "");
          return !labelled;
        })
        .map((c) => c.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      820,
    );
  });
});
