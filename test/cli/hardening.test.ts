import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * Hostile command lines through the real, built binary: every bad input is exit 1 or 2 in a
 * bounded message (never exit 3 or a stack trace), and no output file lies.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "dist", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "gatesim-hard-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function gatesim(...args: string[]) {
  const result = spawnSync("node", [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Through a shell, for pipes and redirections. */
function shell(command: string) {
  const result = spawnSync("sh", ["-c", command], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

const smartJson = () =>
  JSON.parse(readFileSync(join(ROOT, "examples", "huu-nghi-smart-2024.json"), "utf8"));

/** An input error: exit 1 or 2, no stack trace, no "internal error". */
function expectInputError(result: ReturnType<typeof gatesim>, code: 1 | 2) {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
}

const short = ["--days", "1", "--quiet"];

/** Whether `text` holds ESC, BEL or CSI (a terminal would obey them). */
const hasControl = (text: string) =>
  [0x1b, 0x07, 0x9b].some((code) => text.includes(String.fromCharCode(code)));

describe("input errors are input errors", () => {
  it("refuses names every object inherits as presets (exit 1, one line)", () => {
    for (const name of ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"]) {
      const result = gatesim("validate", name);
      expectInputError(result, 1);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toContain(`"${name}" is neither a preset`);
    }
  });

  it("answers bad --vary paths and values with exit 1 or 2, never 3, and never pollutes", () => {
    const cases = [
      "__proto__.polluted=1",
      "constructor.prototype.polluted=1",
      "stations.__proto__.x=1",
      "stations.identity=5",
      "stations.length=0",
      "bogus.path=1",
      "stations.identity.servers=abc",
      "stations.identity.servers=1e400",
      "toString=1",
      "a..b=1",
      ".=1",
      "=1",
      "x=",
    ];
    for (const vary of cases) {
      const result = gatesim(
        "sweep",
        "huu-nghi-smart-2024",
        "--vary",
        vary,
        "--replications",
        "2",
        ...short,
      );
      expect([1, 2], `${vary}: ${result.stderr}`).toContain(result.code);
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    }
    const twice = gatesim(
      "sweep",
      "huu-nghi-smart-2024",
      "--vary",
      "horizonDays=1",
      "--vary",
      "horizonDays=2",
      ...short,
    );
    expectInputError(twice, 2);
  });

  it("refuses plan --replications 1, duplicate --resources and a range the schema refuses", () => {
    const target = ["--target", "p90TimeInSystemHours<=6"];
    expectInputError(
      gatesim("plan", "huu-nghi-smart-2024", ...target, "--replications", "1", ...short),
      2,
    );
    const twice = gatesim(
      "plan",
      "huu-nghi-smart-2024",
      ...target,
      "--resources",
      "identity,identity",
      "--replications",
      "2",
      ...short,
    );
    expectInputError(twice, 2);
    expect(twice.stderr).toContain('"identity" twice');
    const big = smartJson();
    big.stations[0].servers = 90_000;
    const huge = gatesim(
      "plan",
      file("huge-servers.json", JSON.stringify(big)),
      ...target,
      "--max-factor",
      "20",
      "--replications",
      "2",
      ...short,
    );
    expectInputError(huge, 2);
    expect(huge.stderr).toContain("--max-factor 20");
  });

  it("accepts a byte-order mark and refuses deep nesting, /dev/zero and oversized files with exit 1", () => {
    const text = JSON.stringify(smartJson());
    expect(gatesim("validate", file("bom.json", `\uFEFF${text}`)).code).toBe(0);
    const deep = gatesim("validate", file("deep.json", `${"[".repeat(5000)}${"]".repeat(5000)}`));
    expectInputError(deep, 1);
    expect(deep.stderr).toMatch(/nested at most \d+ levels deep/);
    const zero = gatesim("validate", "/dev/zero");
    expectInputError(zero, 1);
    expect(zero.stderr).toMatch(/larger than \d+ bytes/);
    const binary = gatesim("validate", file("latin1.json", "\xff\xfe{"));
    expect([0, 1]).toContain(binary.code);
  });

  it("keeps error output short for a 10 MB name and for a million bad rows", () => {
    const scenario = smartJson();
    scenario.name = 1;
    scenario.description = 2;
    scenario.stations[0].id = "x".repeat(10_000_000);
    const big = gatesim("validate", file("big-id.json", JSON.stringify(scenario)));
    expectInputError(big, 1);
    expect(big.stderr.length).toBeLessThan(8_000);
    const valid = smartJson();
    valid.name = "n".repeat(10_000_000);
    const named = gatesim("validate", file("big-name.json", JSON.stringify(valid)));
    expect(named.code).toBe(0);
    expect(named.stdout.length).toBeLessThan(1_000);
    const rows = smartJson();
    rows.arrivals = { kind: "trace", arrivalSeconds: new Array(1_000_000).fill(-1) };
    const many = gatesim("validate", file("rows.json", JSON.stringify(rows)));
    expectInputError(many, 1);
    expect(many.stderr.split("\n").length).toBeLessThan(30);
    expect(many.stderr).toContain("999990 more bad items");
  });

  it("shows control characters of names visibly on the terminal", () => {
    const scenario = smartJson();
    scenario.name = "gate\u001b]0;pwned\u0007\u001b[31m\u009b";
    const path = file("escape.json", JSON.stringify(scenario));
    const valid = gatesim("validate", path);
    expect(valid.code).toBe(0);
    expect(hasControl(valid.stdout)).toBe(false);
    expect(valid.stdout).toMatch(/\\u(001b|\{1b\})/);
    const run = gatesim("run", path, "--replications", "1", ...short);
    expect(run.code).toBe(0);
    expect(hasControl(run.stdout + run.stderr)).toBe(false);
    const missing = gatesim("validate", "no\u001b[2Jsuch.json");
    expectInputError(missing, 1);
    expect(missing.stderr).not.toContain("\u001b");
  });
});

describe("outputs never lie", () => {
  it("refuses an output that is the input or another output, through links too (exit 2)", () => {
    const scenario = file("mine.json", JSON.stringify(smartJson()));
    const before = readFileSync(scenario, "utf8");
    expectInputError(gatesim("run", scenario, "--csv", scenario, ...short), 2);
    expect(readFileSync(scenario, "utf8")).toBe(before);
    const link = join(work, "link.json");
    symlinkSync(scenario, link);
    expectInputError(gatesim("run", scenario, "--report", link, ...short), 2);
    expect(readFileSync(scenario, "utf8")).toBe(before);
    const same = join(work, "same.csv");
    const twice = gatesim(
      "run",
      scenario,
      "--csv",
      same,
      "--trucks-csv",
      `${work}/./same.csv`,
      ...short,
    );
    expectInputError(twice, 2);
    expect(twice.stderr).toContain("--trucks-csv");
    expect(existsSync(same)).toBe(false);
    // Devices may be named twice.
    expect(
      gatesim(
        "run",
        scenario,
        "--replications",
        "1",
        "--csv",
        "/dev/null",
        "--report",
        "/dev/null",
        ...short,
      ).code,
    ).toBe(0);
  });

  it("reports a full disk in one line with exit 1, and a closed stdout quietly", () => {
    const full = gatesim(
      "run",
      "huu-nghi-smart-2024",
      "--replications",
      "1",
      "--trucks-csv",
      "/dev/full",
      ...short,
    );
    expectInputError(full, 1);
    expect(full.stderr.trim().split("\n")).toHaveLength(1);
    expect(full.stderr).toContain("ENOSPC");
    const csvFull = gatesim(
      "run",
      "huu-nghi-smart-2024",
      "--replications",
      "1",
      "--csv",
      "/dev/full",
      ...short,
    );
    expectInputError(csvFull, 1);
    const head = shell(`node ${BIN} schema | head -c1`);
    expect(head.code).toBe(0);
    expect(head.stderr).toBe("");
    const pipeStatus = shell(
      `node ${BIN} schema 2>/tmp/gatesim-epipe-$$ | head -c1 >/dev/null; cat /tmp/gatesim-epipe-$$; rm -f /tmp/gatesim-epipe-$$`,
    );
    expect(pipeStatus.stdout).toBe("");
    const stdoutFull = shell(`node ${BIN} schema > /dev/full`);
    expect(stdoutFull.code).toBe(1);
    expect(stdoutFull.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("writes --csv and --report whole or not at all (no partial file after a kill)", async () => {
    const target = join(work, "killed-trucks.csv");
    const child: ChildProcess = spawn(
      "node",
      [
        BIN,
        "run",
        "huu-nghi-manual-fruit-season",
        "--replications",
        "1",
        "--trucks-csv",
        target,
        "--days",
        "120",
        "--quiet",
      ],
      { cwd: ROOT, stdio: "ignore" },
    );
    // Kill it once the temporary file has grown: mid-run.
    const deadline = Date.now() + 60_000;
    let partial: string | undefined;
    while (Date.now() < deadline && partial === undefined) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      partial = readdirSync(work).find((name) => name.startsWith(".killed-trucks.csv."));
    }
    expect(partial, "the run wrote a temporary file").toBeDefined();
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(existsSync(target)).toBe(false);
  });
});

describe("runs say what they do", () => {
  it("shows progress for a single run longer than a second, with no ETA before there is data", () => {
    const result = gatesim(
      "run",
      "huu-nghi-manual-fruit-season",
      "--replications",
      "1",
      "--days",
      "365",
      "--json",
    );
    expect(result.code).toBe(0);
    const lines = result.stderr.split("\n").filter((line) => line.includes("days simulated"));
    expect(lines.length, result.stderr).toBeGreaterThan(0);
    for (const line of lines) {
      const match = /(\d+)\/(\d+) days simulated .*?(?:ETA (.*))?$/.exec(line)!;
      expect(Number(match[2])).toBeGreaterThanOrEqual(365); // the horizon and the drain days
      // An ETA only once a day is done, and never "0 s" while days remain.
      if (Number(match[1]) === 0) expect(match[3]).toBeUndefined();
      if (match[3] !== undefined && Number(match[1]) < Number(match[2]))
        expect(match[3]).not.toBe("0 s");
    }
    expect(JSON.parse(result.stdout).run.trucks.arrived).toBeGreaterThan(0);
  });

  it("refuses --trucks-csv with --replications 10 instead of silently running one", () => {
    const result = gatesim(
      "run",
      "huu-nghi-smart-2024",
      "--replications",
      "10",
      "--trucks-csv",
      join(work, "ten.csv"),
      ...short,
    );
    expectInputError(result, 2);
    expect(result.stderr).toContain("one run in detail");
    expect(existsSync(join(work, "ten.csv"))).toBe(false);
  });

  it("labels two plans with the same name by their files in tables, verdicts and JSON", () => {
    const a = file("plan-a.json", JSON.stringify(smartJson()));
    const more = smartJson();
    more.stations[0].servers += 2;
    const b = file("plan-b.json", JSON.stringify(more));
    const result = gatesim(
      "compare",
      a,
      b,
      "--replications",
      "2",
      "--days",
      "1",
      "--json",
      "--quiet",
    );
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    const text = JSON.stringify(json);
    expect(text).toContain(`${a} (A)`);
    expect(text).toContain(`${b} (B)`);
    const table = gatesim("compare", a, a, "--replications", "2", "--days", "1", "--quiet");
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("huu-nghi-smart-2024 (A)");
    expect(table.stdout).toContain("huu-nghi-smart-2024 (B)");
  });

  it("starts no more worker threads than replications (--workers 64 for 4)", async () => {
    const peakThreads = async (workers: string) => {
      const child = spawn(
        "node",
        [
          BIN,
          "run",
          "huu-nghi-smart-2024",
          "--replications",
          "4",
          "--days",
          "7",
          "--workers",
          workers,
          "--quiet",
        ],
        { cwd: ROOT, stdio: "ignore" },
      );
      let peak = 0;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      let running = true;
      void exited.then(() => {
        running = false;
      });
      while (running) {
        try {
          const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
          peak = Math.max(peak, Number(/Threads:\s+(\d+)/.exec(status)?.[1] ?? 0));
        } catch {
          // exited between the check and the read
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return peak;
    };
    const four = await peakThreads("4");
    const many = await peakThreads("64");
    expect(four).toBeGreaterThan(0);
    // A worker thread brings several threads of its own; 60 extra workers would show as hundreds.
    expect(many).toBeLessThanOrEqual(four + 4);
  });
});

describe("arrival logs from the command line (--arrivals)", () => {
  it("replays a CSV of timestamps, out of order, quoted and with a BOM, as the run's arrivals", () => {
    const log = file(
      "arrivals.csv",
      '\uFEFFtimestamp,direction,plate\r\n2024-05-02 07:00,export,"30A, 123"\r\n2024-05-01 06:30,import,X\r\n\r\n2024-05-01T06:31:10,export,Y\r\n',
    );
    const result = gatesim(
      "run",
      "huu-nghi-smart-2024",
      "--arrivals",
      log,
      "--replications",
      "1",
      "--days",
      "3",
      "--json",
      "--quiet",
    );
    expect(result.code, result.stderr).toBe(0);
    const run = JSON.parse(result.stdout).run;
    expect(run.trucks.arrived).toBe(3);
    const seconds = file("seconds.csv", "arrivalSeconds\n10\n20\n30\n40\n");
    const bySeconds = gatesim(
      "run",
      "huu-nghi-smart-2024",
      "--arrivals",
      seconds,
      "--replications",
      "1",
      "--days",
      "1",
      "--json",
      "--quiet",
    );
    expect(JSON.parse(bySeconds.stdout).run.trucks.arrived).toBe(4);
  });

  it("reports every bad row at once with its file line, bounded, exit 1", () => {
    const log = file(
      "bad-arrivals.csv",
      "timestamp,direction\n2024-05-01 06:30,export\n\n2024-02-31 06:31,import\nlater,sideways\n",
    );
    const result = gatesim("run", "huu-nghi-smart-2024", "--arrivals", log, ...short);
    expectInputError(result, 1);
    expect(result.stderr).toContain("(3 problems)");
    expect(result.stderr).toContain(
      'line 4.timestamp: expected a local date and time like 2024-05-01 06:30, received "2024-02-31 06:31"',
    );
    expect(result.stderr).toContain(
      'line 5.direction: expected "export" or "import", received "sideways"',
    );
    const many = file("many-bad.csv", `timestamp\n${"nope\n".repeat(200_000)}`);
    const bounded = gatesim("run", "huu-nghi-smart-2024", "--arrivals", many, ...short);
    expectInputError(bounded, 1);
    expect(bounded.stderr.split("\n").length).toBeLessThan(30);
    expect(bounded.stderr).toContain("… and 199980 more problems");
    const noColumn = gatesim(
      "run",
      "huu-nghi-smart-2024",
      "--arrivals",
      file("nocol.csv", "when\n1\n"),
      ...short,
    );
    expectInputError(noColumn, 1);
    expect(noColumn.stderr).toContain('a column "timestamp"');
    const unterminated = gatesim(
      "run",
      "huu-nghi-smart-2024",
      "--arrivals",
      file("quote.csv", 'timestamp\n"2024-05-01 06:30\n'),
      ...short,
    );
    expectInputError(unterminated, 1);
  });

  it("refuses arrivals past the horizon with the scenario's own check", () => {
    const log = file("late.csv", "timestamp\n2024-05-01 06:30\n2024-07-15 06:30\n");
    const result = gatesim("run", "huu-nghi-smart-2024", "--arrivals", log, "--quiet");
    expectInputError(result, 1);
    expect(result.stderr).toContain("--arrivals");
    expect(result.stderr).toContain("before the horizon");
  });
});
