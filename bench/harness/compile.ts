/**
 * Compiles the benchmark's own TypeScript to plain JavaScript in a temporary folder, so that
 * child processes run `node file.js` with no loader: no tsx hook thread (≈ 50 MB of RSS, which
 * would blur the memory column) and exactly tsc's output. The library itself is not compiled
 * here: `dist/` is symlinked, so the children measure the build users get.
 *
 * Layout: <tmp>/bench/**.js, <tmp>/dist → <repo>/dist, <tmp>/node_modules → <repo>/node_modules.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { REPO_ROOT } from "./paths.js";

let compiledRoot: string | undefined;

/** TypeScript files under `dir`, recursively (declaration files excluded). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/**
 * Transpiles `bench/**.ts` once per parent process and returns the temporary root; removed when
 * the parent exits.
 */
export function compiledBenchRoot(): string {
  if (compiledRoot !== undefined) return compiledRoot;
  checkBuild();
  const root = mkdtempSync(path.join(os.tmpdir(), "gatesim-bench-"));
  process.on("exit", () => rmSync(root, { recursive: true, force: true }));
  symlinkSync(path.join(REPO_ROOT, "dist"), path.join(root, "dist"), "dir");
  symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(root, "node_modules"), "dir");
  const benchDir = path.join(REPO_ROOT, "bench");
  for (const file of sourceFiles(benchDir)) {
    const output = ts.transpileModule(readFileSync(file, "utf8"), {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
      },
    });
    const target = path.join(root, path.relative(REPO_ROOT, file)).replace(/\.ts$/, ".js");
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, output.outputText);
  }
  compiledRoot = root;
  return root;
}

/**
 * Fails when `dist/` is missing and warns when a source file is newer than the build, since the
 * benchmarks would then measure old code.
 * @throws Error naming the build command when `dist/index.js` does not exist.
 */
function checkBuild(): void {
  const built = path.join(REPO_ROOT, "dist", "index.js");
  if (!existsSync(built)) {
    throw new Error(`bench: ${built} not found; build first: npx tsc -p tsconfig.build.json`);
  }
  const builtAt = statSync(built).mtimeMs;
  const newer = sourceFiles(path.join(REPO_ROOT, "src")).filter(
    (f) => statSync(f).mtimeMs > builtAt,
  );
  if (newer.length > 0) {
    console.error(
      `[bench] warning: ${newer.length} file(s) in src/ are newer than dist/ (e.g. ${path.relative(REPO_ROOT, newer[0]!)}); run npx tsc -p tsconfig.build.json`,
    );
  }
}
