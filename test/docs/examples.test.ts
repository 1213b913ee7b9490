import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { collectExamples, type DocExample } from "./doc-examples.js";
import { takeRun } from "./doc-runtime.js";
import { instrument } from "./instrument.js";

/**
 * Every `@example` in the doc comments under src/ runs, with the built library (dist/) in
 * scope: the public exports of `gatesim` and `gatesim/charts`, and for an example of an
 * internal symbol also the exports of its own module. An example fails when it does not parse,
 * throws, or a value it annotates (`// 3300`, `// "3,309"`, `// ≈ 3,300`, `// prints "…"`;
 * see annotations.ts) does not hold. Each test names the file, line and symbol.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const DIST = join(ROOT, "dist");
const RUNTIME = pathToFileURL(join(import.meta.dirname, "doc-runtime.ts")).href;

if (!existsSync(join(DIST, "index.js"))) {
  throw new Error("dist/ is missing: run `npm run build` first (`npm test` does)");
}

const examples = collectExamples(ROOT);
const core = (await import(pathToFileURL(join(DIST, "index.js")).href)) as Record<string, unknown>;
const charts = (await import(
  pathToFileURL(join(DIST, "report", "charts", "index.js")).href
)) as Record<string, unknown>;

const work = mkdtempSync(join(tmpdir(), "gatesim-doc-examples-"));
// `import … from "gatesim"` in an example resolves through the package's own exports
mkdirSync(join(work, "node_modules"));
symlinkSync(ROOT, join(work, "node_modules", "gatesim"), "dir");

afterAll(() => rmSync(work, { recursive: true, force: true }));

function label(example: DocExample): string {
  return `${example.file}:${example.line} ${example.symbol} (${example.entry ?? "internal"})`;
}

/** The compiled module of a source file under src/. */
function distModule(file: string): string {
  return join(DIST, file.replace(/^src\//, "").replace(/\.ts$/, ".js"));
}

async function runExample(example: DocExample, index: number): Promise<string[]> {
  const own =
    example.entry === null
      ? ((await import(pathToFileURL(distModule(example.file)).href)) as Record<string, unknown>)
      : {};
  const key = `example-${index}`;
  const instrumented = instrument(example.code, {
    key,
    runtime: RUNTIME,
    resolveImport: (specifier) =>
      specifier.startsWith(".")
        ? pathToFileURL(join(dirname(distModule(example.file)), specifier)).href
        : specifier,
    prelude: (identifiers, imported) => {
      const wanted = (module: Record<string, unknown>) =>
        [...identifiers].filter((name) => name in module && !imported.has(name));
      const fromCharts = wanted(charts).filter((name) => !(name in core) && !(name in own));
      const fromCore = wanted(core).filter((name) => !(name in own));
      const fromOwn = wanted(own);
      const lines: string[] = [];
      const url = (path: string) => JSON.stringify(pathToFileURL(path).href);
      if (fromCore.length > 0) {
        lines.push(`import { ${fromCore.join(", ")} } from ${url(join(DIST, "index.js"))};`);
      }
      if (fromCharts.length > 0) {
        lines.push(
          `import { ${fromCharts.join(", ")} } from ${url(join(DIST, "report", "charts", "index.js"))};`,
        );
      }
      if (fromOwn.length > 0) {
        lines.push(`import { ${fromOwn.join(", ")} } from ${url(distModule(example.file))};`);
      }
      // the module's default export, under the name the example calls it by
      const name = example.symbol;
      if ("default" in own && identifiers.has(name) && !imported.has(name) && !(name in own)) {
        lines.push(`import { default as ${name} } from ${url(distModule(example.file))};`);
      }
      return lines.join("\n");
    },
  });
  const failures = [...instrumented.problems];
  if (failures.length > 0) return failures;
  const file = join(work, `${key}.ts`);
  writeFileSync(file, instrumented.code);
  try {
    await import(pathToFileURL(file).href);
  } catch (error) {
    const run = takeRun(key);
    const printed = run?.output.length ? `\nprinted before:\n${run.output.join("\n")}` : "";
    return [
      `throws ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}${printed}`,
    ];
  }
  const run = takeRun(key);
  if (run === undefined) return ["did not run to the end"];
  for (const outcome of run.results()) {
    if (outcome.problem !== null) {
      failures.push(`line ${outcome.line}, "// ${outcome.annotation}": ${outcome.problem}`);
    }
  }
  return failures;
}

describe("the @example blocks of the doc comments", () => {
  it("are found, public and internal alike", () => {
    expect(examples.length).toBeGreaterThan(100);
    expect(examples.some((example) => example.entry === "gatesim")).toBe(true);
    expect(examples.some((example) => example.entry === "gatesim/charts")).toBe(true);
  });

  it.each(examples.map((example, index) => [label(example), example, index] as const))(
    "%s runs and its annotated values hold",
    async (_label, example, index) => {
      const failures = await runExample(example, index);
      if (failures.length > 0) {
        expect.fail(
          `${label(example)}\n${failures.join("\n")}\n--- the example ---\n${example.code}`,
        );
      }
    },
  );
});
