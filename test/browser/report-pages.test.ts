/// <reference lib="dom" />
/**
 * The HTML reports as a reader sees them, in a real headless Chromium (Debian's, driven by
 * puppeteer-core): legends list what is drawn, the plan chart's colours agree with the table's
 * verdicts, nothing overflows sideways at 1,280 and 420 px, the Time Release Study breakdown and
 * the inputs block are on every page. Screenshots go to test/artefacts/ (git-ignored). A missing
 * chromium fails the test, it never skips.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLAN_COLOURS } from "../../src/report/charts/index.js";
import { makePages } from "./pages.js";

const CHROMIUM = "/usr/bin/chromium";
const ARTEFACTS = join(import.meta.dirname, "..", "artefacts");
const WIDTHS = [1280, 420] as const;

let browser: Browser;
let pages: Record<string, string>;

beforeAll(async () => {
  // A missing browser is a failure: the reports are not checked without one.
  expect(existsSync(CHROMIUM), `${CHROMIUM} is required (apt-get install chromium)`).toBe(true);
  mkdirSync(ARTEFACTS, { recursive: true });
  pages = await makePages();
  for (const [name, html] of Object.entries(pages)) {
    writeFileSync(join(ARTEFACTS, `${name}.html`), html);
  }
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

async function open(name: string, width: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(`file://${join(ARTEFACTS, `${name}.html`)}`, { waitUntil: "load" });
  return page;
}

/** Horizontal overflow: of the page, of each table container, of each chart. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const main = document.querySelector("main")!;
    const mainRight = main.getBoundingClientRect().right + 0.5;
    const tables = [...document.querySelectorAll("table")];
    return {
      page: root.scrollWidth - root.clientWidth,
      body: document.body.scrollWidth - document.body.clientWidth,
      unwrapped: tables.filter((t) => !t.parentElement?.classList.contains("table-scroll")).length,
      containers: [...document.querySelectorAll(".table-scroll")]
        .map((c) => c.getBoundingClientRect().right)
        .filter((right) => right > mainRight).length,
      charts: [...document.querySelectorAll("figure svg")]
        .map((svg) => svg.getBoundingClientRect().right)
        .filter((right) => right > mainRight).length,
      tables: tables.length,
    };
  });
}

/**
 * Per chart: its title, its legends (each entry's label, colour and dash pattern) and the
 * colours and dash patterns of its marks.
 */
function charts(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("figure svg")].map((svg) => {
      const colour = (el: Element) => {
        const fill = el.getAttribute("fill");
        const stroke = el.getAttribute("stroke");
        const value = fill !== null && fill !== "none" && fill !== "transparent" ? fill : stroke;
        return (value ?? "").toUpperCase();
      };
      const dash = (el: Element) => el.getAttribute("stroke-dasharray") ?? "";
      const legends = [...svg.querySelectorAll(".role-legend")].map((legend) => {
        const labels = [...legend.querySelectorAll(".role-legend-label text")];
        const symbols = [...legend.querySelectorAll(".role-legend-symbol path")];
        return labels.map((label, i) => ({
          label: label.textContent ?? "",
          colour: symbols[i] === undefined ? "" : colour(symbols[i]!),
          dash: symbols[i] === undefined ? "" : dash(symbols[i]!),
        }));
      });
      const marks = [
        ...svg.querySelectorAll(
          ".role-mark.mark-line path, .role-mark.mark-rect path, .role-mark.mark-symbol path",
        ),
      ];
      return {
        title: svg.querySelector(".role-title-text text")?.textContent ?? "",
        legends,
        colours: [...new Set(marks.map(colour).filter((c) => c !== ""))],
        dashes: [...new Set(marks.map(dash))],
      };
    }),
  );
}

describe("the report pages in Chromium", () => {
  for (const name of ["run", "replications", "compare", "plan", "sweep"]) {
    for (const width of WIDTHS) {
      it(`shows the ${name} page at ${width} px with nothing overflowing sideways`, async () => {
        const page = await open(name, width);
        await page.screenshot({ path: join(ARTEFACTS, `${name}-${width}.png`), fullPage: true });
        const o = await overflow(page);
        expect(o.tables).toBeGreaterThan(0);
        expect(o).toEqual({ ...o, page: 0, body: 0, unwrapped: 0, containers: 0, charts: 0 });
        await page.close();
      });
    }
  }

  for (const name of ["run", "replications", "compare", "plan", "sweep"]) {
    it(`states its inputs on the ${name} page: scenario, digest, seed, replications, version, date`, async () => {
      const page = await open(name, 1280);
      const text = await page.$eval("#inputs", (el) => (el as HTMLElement).innerText);
      expect(text).toMatch(/Scenario huu-nghi-(manual-2019|smart-2024)/);
      expect(text).toMatch(/digest \(SHA-256 of its definition\)\s+[0-9a-f]{16}/);
      expect(text).toMatch(/demand\s+[\d,]+ trucks\/day/);
      expect(text).toMatch(/seed\s+1/);
      expect(text).toMatch(/replications\s+(1|2|3)/);
      expect(text).toMatch(/gatesim version\s+\d+\.\d+\.\d+/);
      expect(text).toContain("2026-01-15");
      await page.close();
    });
  }

  for (const name of ["run", "replications", "compare"]) {
    it(`draws the Time Release Study breakdown on the ${name} page, one stacked bar per plan`, async () => {
      const page = await open(name, 1280);
      const trs = await page.$eval("#trs", (el) => ({
        text: (el as HTMLElement).innerText,
        bars: el.querySelectorAll(".role-mark.mark-rect path").length,
        rows: el.querySelectorAll("table.trs tbody tr").length,
      }));
      for (const segment of [
        "on the road",
        "identity check",
        "declaration",
        "inspection",
        "release",
        "exit",
      ]) {
        expect(trs.text).toContain(segment);
      }
      expect(trs.rows).toBe(8);
      expect(trs.bars).toBeGreaterThanOrEqual(name === "compare" ? 8 : 4);
      await page.close();
    });
  }

  for (const name of ["run", "replications", "compare", "plan", "sweep"]) {
    it(`lists in each legend of the ${name} page exactly the colours drawn`, async () => {
      const page = await open(name, 1280);
      for (const chart of await charts(page)) {
        const coloured: string[] = [];
        for (const legend of chart.legends) {
          // A legend tells series apart by colour, or (all symbols one colour) by dash pattern.
          const byDash = new Set(legend.map((e) => e.colour)).size === 1 && legend.length > 1;
          for (const entry of legend) {
            const seen = byDash ? chart.dashes : chart.colours;
            const key = byDash ? entry.dash : entry.colour;
            expect(seen, `${chart.title}: legend "${entry.label}" is drawn`).toContain(key);
            if (!byDash) coloured.push(entry.colour);
          }
        }
        // Every coloured series drawn has a legend entry (grey context bands and error bars aside).
        const neutral = ["#7A7A7A", "#444444", "#000000", "#FFFFFF"];
        const unexplained = chart.colours.filter(
          (c) => !coloured.includes(c) && !neutral.includes(c),
        );
        if (chart.legends.length > 0) expect(unexplained, chart.title).toEqual([]);
      }
      await page.close();
    });
  }

  it("colours each plan point as the table's verdict on every target", async () => {
    const page = await open("plan", 1280);
    const points = await page.$$eval(
      "figure svg .role-mark.mark-symbol path[aria-label]",
      (paths) =>
        paths.map((p) => ({
          id: (p.getAttribute("aria-label") ?? "").split(":")[0]!,
          fill: (p.getAttribute("fill") ?? "").toUpperCase(),
        })),
    );
    const verdicts = await page.$$eval("table.candidates tbody tr", (rows) =>
      Object.fromEntries(
        rows.map((r) => [r.getAttribute("data-id"), r.getAttribute("data-meets")]),
      ),
    );
    expect(points.length).toBeGreaterThan(1);
    const green = PLAN_COLOURS[2].toUpperCase();
    const red = PLAN_COLOURS[5].toUpperCase();
    for (const point of points) {
      expect(point.fill, `point ${point.id}`).toBe(verdicts[point.id] === "yes" ? green : red);
    }
    // Only the frontier is drawn; all candidates are in the collapsed table.
    expect(points.length).toBeLessThan(Object.keys(verdicts).length);
    expect(await page.$eval("details.all-candidates", (d) => (d as HTMLDetailsElement).open)).toBe(
      false,
    );
    const answer = await page.$eval("#answer", (el) => (el as HTMLElement).innerText);
    expect(answer).toMatch(
      /^Plan: identity \d+, customs \d+, inspection \d+ \(total \d+; today 27/,
    );
    expect(answer).not.toMatch(/TimeInSystemHours|ClearedPerDay/);
    await page.close();
  });
});
