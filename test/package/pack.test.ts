import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * gatesim used as a real npm dependency: pack the built package, install the tarball into a
 * fresh project, type-check a TypeScript consumer against the shipped .d.ts files, run it, and
 * run the `gatesim` bin from the installed package. (`npm test` builds dist/ first.)
 */
const ROOT = join(import.meta.dirname, "..", "..");
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
let work: string;
let consumer: string;

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "gatesim-pack-"));
  run("npm", ["pack", "--pack-destination", work, "--silent"], ROOT);
  const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
  if (tarball === undefined) throw new Error(`npm pack produced no tarball in ${work}`);
  consumer = join(work, "consumer");
  mkdirSync(join(consumer, "src"), { recursive: true });
  writeFileSync(
    join(consumer, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  run(
    "npm",
    ["install", join(work, tarball), "--no-audit", "--no-fund", "--prefer-offline", "--silent"],
    consumer,
  );
}, 180_000);

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe("the packed npm package", () => {
  it("type-checks and runs a TypeScript consumer that builds a small model", () => {
    writeFileSync(
      join(consumer, "src", "main.ts"),
      `import { Resource, Simulation, type Request } from "gatesim";
const sim = new Simulation();
const lane = new Resource(sim, { capacity: 2, name: "lane" });
let served: number = 0;
function* truck(): Generator<any, void, unknown> {
  const slot: Request = yield* lane.request();
  yield sim.timeout(15);
  lane.release(slot);
  served += 1;
}
for (let i = 0; i < 5; i++) sim.process(truck());
sim.run();
console.log(JSON.stringify({ served, now: sim.now }));
`,
    );
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          outDir: "dist",
          rootDir: "src",
          types: ["node"],
          typeRoots: [join(ROOT, "node_modules", "@types")],
        },
        include: ["src"],
      }),
    );
    run("node", [TSC, "-p", "tsconfig.json"], consumer);
    const output = run("node", [join("dist", "main.js")], consumer);
    expect(JSON.parse(output)).toEqual({ served: 5, now: 45 });
  });

  it("fails to type-check a consumer that misuses the API (types really resolve)", () => {
    writeFileSync(
      join(consumer, "src", "main.ts"),
      `import { exponential, Simulation } from "gatesim";\nconst sim = new Simulation();\nsim.schedule("soon", () => 1);\nexponential(300);\n`,
    );
    let compilerOutput = "";
    try {
      run("node", [TSC, "-p", "tsconfig.json"], consumer);
    } catch (error) {
      compilerOutput = String((error as { stdout?: string }).stdout);
    }
    expect(compilerOutput).toMatch(/error TS2345: Argument of type 'string' is not assignable/);
    // the distributions take an options object, not positional numbers
    expect(compilerOutput).toMatch(
      /error TS2345: Argument of type 'number' is not assignable to parameter of type 'ExponentialOptions'/,
    );
  });

  it("type-checks and runs a consumer of the random layer's options objects and issues", () => {
    writeFileSync(
      join(consumer, "src", "main.ts"),
      `import { createStream, exponential, type Issue, RandomError, uniform, type UniformOptions } from "gatesim";
const bounds: UniformOptions = { min: 60, max: 120 };
const x: number = uniform(bounds).sample(createStream("pack"));
let issue: Issue | undefined;
try {
  exponential({ mean: -3 });
} catch (error) {
  if (error instanceof RandomError) issue = error.issues[0];
}
console.log(JSON.stringify({ inRange: x >= 60 && x < 120, path: issue?.path, received: issue?.received }));
`,
    );
    run("node", [TSC, "-p", "tsconfig.json"], consumer);
    const output = run("node", [join("dist", "main.js")], consumer);
    expect(JSON.parse(output)).toEqual({ inRange: true, path: "mean", received: "-3" });
  });

  it("installs a working gatesim bin", () => {
    const output = run(join(consumer, "node_modules", ".bin", "gatesim"), ["--version"], consumer);
    expect(output.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bin = join(consumer, "node_modules", ".bin", "gatesim");
    expect(run(bin, ["presets"], consumer)).toContain("huu-nghi-smart-2024");
    const json = JSON.parse(
      run(bin, ["run", "lang-son-record-day", "--replications", "1", "--json"], consumer),
    );
    expect(json.run.trucks.arrived).toBe(2005);
    // the what-if page ships in the package: `gatesim app` writes it from there
    const page = join(consumer, "planner.html");
    run(bin, ["app", "--out", page, "--quiet"], consumer);
    expect(readFileSync(page, "utf8")).toMatch(/^<!DOCTYPE html>[\s\S]*gatesim: what if\?/);
  });

  it("ships its MIT LICENSE and says where the project lives", () => {
    const installed = join(consumer, "node_modules", "gatesim");
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
    expect(manifest.license).toBe("MIT");
    expect(readFileSync(join(installed, "LICENSE"), "utf8")).toMatch(/^MIT License\n/);
    for (const field of [manifest.repository?.url, manifest.homepage, manifest.bugs?.url]) {
      expect(field).toMatch(/^(git\+)?https:\/\/github\.com\/gatesim\/gatesim/);
    }
  });

  it("ships no source map whose sources are missing (stack traces name files that exist)", () => {
    const installed = join(consumer, "node_modules", "gatesim");
    const files = filesUnder(installed);
    const missing: string[] = [];
    for (const file of files.filter((name) => name.endsWith(".js"))) {
      const link = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(file, "utf8"))?.[1];
      if (link !== undefined && !existsSync(resolve(dirname(file), link))) {
        missing.push(`${relative(installed, file)} → ${link}`);
      }
    }
    for (const map of files.filter((name) => name.endsWith(".map"))) {
      const { sources, sourceRoot } = JSON.parse(readFileSync(map, "utf8"));
      for (const source of sources as string[]) {
        const path = resolve(dirname(map), sourceRoot ?? "", source);
        if (!existsSync(path)) missing.push(`${relative(installed, map)} → ${source}`);
      }
    }
    expect(files.filter((name) => name.endsWith(".js")).length).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it("loads no chart library for the core import or --help, only for gatesim/charts", () => {
    // A module loader hook lists every package the import resolves (the module graph, not timing).
    writeFileSync(
      join(consumer, "hook.mjs"),
      `export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\/(?!.*node_modules)/.exec(result.url);
  if (m) process.stderr.write("loaded " + m[1] + "\\n");
  return result;
}
`,
    );
    writeFileSync(
      join(consumer, "register.mjs"),
      `import { register } from "node:module";\nregister("./hook.mjs", import.meta.url);\n`,
    );
    const packagesLoadedBy = (args: string[]) => {
      const result = spawnSync("node", ["--import", "./register.mjs", ...args], {
        cwd: consumer,
        encoding: "utf8",
      });
      expect(result.status, result.stderr).toBe(0);
      return new Set([...result.stderr.matchAll(/^loaded (\S+)$/gm)].map((m) => m[1]));
    };
    const core = packagesLoadedBy(["--input-type=module", "-e", 'await import("gatesim")']);
    expect(core.has("gatesim")).toBe(true);
    expect([...core].filter((name) => /^(vega|d3-)/.test(name!))).toEqual([]);
    const help = packagesLoadedBy([
      join("node_modules", "gatesim", "dist", "cli", "main.js"),
      "--help",
    ]);
    expect([...help].filter((name) => /^(vega|d3-|zod)/.test(name!))).toEqual([]);
    // the hook does see the chart libraries when they are loaded
    const charts = packagesLoadedBy([
      "--input-type=module",
      "-e",
      'await import("gatesim/charts")',
    ]);
    expect(charts.has("vega")).toBe(true);
    expect(charts.has("vega-lite")).toBe(true);
  });
});

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
