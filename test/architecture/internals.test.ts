import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { Simulation } from "../../src/engine/index.js";

/**
 * The kernel's internals stay out of the published types: every declaration in src/engine whose
 * doc comment carries `@internal` is stripped from dist/ (tsconfig.build.json: stripInternal),
 * the stripped declarations still type-check on their own, and a consumer of dist/ cannot move
 * the clock or touch the kernel's bookkeeping. Reads the build (`npm test` builds dist/ first).
 */
const ROOT = join(import.meta.dirname, "..", "..");
const ENGINE_SRC = join(ROOT, "src", "engine");
const ENGINE_DIST = join(ROOT, "dist", "engine");

/** A named declaration: `Class.member`, `Interface.member`, or a module-level `name`. */
interface Declaration {
  readonly file: string;
  readonly key: string;
  readonly internal: boolean;
}

function isInternal(node: ts.Node): boolean {
  return ts.getJSDocTags(node).some((tag) => tag.tagName.text === "internal");
}

function nameOf(node: ts.Node): string | undefined {
  const name = (node as { name?: ts.Node }).name;
  if (name === undefined) return ts.isConstructorDeclaration(node) ? "constructor" : undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  return name.getText();
}

/** Every named declaration of `file`, module-level and one level of members. */
function declarations(file: string): Declaration[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.ES2022,
    true,
  );
  const found: Declaration[] = [];
  const add = (node: ts.Node, key: string) =>
    found.push({ file: relative(ROOT, file), key, internal: isInternal(node) });
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const variable of statement.declarationList.declarations) {
        // A doc comment sits on the statement, not on the declaration.
        found.push({
          file: relative(ROOT, file),
          key: variable.name.getText(),
          internal: isInternal(statement),
        });
      }
      continue;
    }
    const container = nameOf(statement);
    if (container === undefined) continue;
    add(statement, container);
    if (ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement)) {
      for (const member of statement.members as ts.NodeArray<ts.Node>) {
        const name = nameOf(member);
        if (name !== undefined) add(member, `${container}.${name}`);
      }
    }
  }
  return found;
}

function engineFiles(): string[] {
  return readdirSync(ENGINE_SRC)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(ENGINE_SRC, name));
}

function declarationFile(sourceFile: string): string {
  return join(ENGINE_DIST, relative(ENGINE_SRC, sourceFile).replace(/\.ts$/, ".d.ts"));
}

/** Where the consumer checks pretend to live: the repository root, next to dist/. */
const CONSUMERS = {
  reexport: join(ROOT, "internals-check-reexport.ts"),
  misuse: join(ROOT, "internals-check-misuse.ts"),
};

const MISUSE = [
  'import { Resource, Simulation } from "./dist/engine/index.js";',
  "const sim = new Simulation();",
  "const lane = new Resource(sim, { capacity: 1 });",
  "const held = lane.seize(() => {});",
  "const event = sim.event<number>();",
  "export const reads = [sim.now, sim.eventsProcessed, sim.activeProcess, held.grantedAt, event.value];",
  "sim.now = 5;", // 7
  "sim.eventsProcessed = 0;", // 8
  "sim.activeProcess = null;", // 9
  "held.grantedAt = 3;", // 10
  "event.processNow();", // 11
  "sim.runningProcess;", // 12
  "held.holderIndex;", // 13
].join("\n");

let checked: Map<string, { line: number; code: number }[]> | undefined;

/**
 * Type-checks the two consumer modules against the built kernel in one program (libraries
 * checked too: skipLibCheck off) and returns each one's diagnostics (line, code).
 */
function consumerDiagnostics(which: keyof typeof CONSUMERS): { line: number; code: number }[] {
  if (checked === undefined) {
    const texts = new Map([
      [CONSUMERS.reexport, 'export * from "./dist/engine/index.js";\n'],
      [CONSUMERS.misuse, MISUSE],
    ]);
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2022.d.ts"],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    };
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile;
    host.getSourceFile = (name, version, onError, create) => {
      const text = texts.get(name);
      return text !== undefined
        ? ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true)
        : getSourceFile.call(host, name, version, onError, create);
    };
    const fileExists = host.fileExists;
    host.fileExists = (name) => texts.has(name) || fileExists.call(host, name);
    const program = ts.createProgram([...texts.keys()], options, host);
    checked = new Map([...texts.keys()].map((name) => [name, []]));
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const file = diagnostic.file?.fileName ?? "(global)";
      const line =
        diagnostic.file !== undefined && diagnostic.start !== undefined
          ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1
          : 0;
      const list = checked.get(file) ?? [];
      list.push({ line, code: diagnostic.code });
      checked.set(file, list);
    }
    const elsewhere = [...checked.keys()].filter((file) => !texts.has(file));
    expect(elsewhere, "diagnostics in the published declarations themselves").toEqual([]);
  }
  return checked.get(CONSUMERS[which]) ?? [];
}

describe("the kernel's published types", () => {
  it("are built (npm test builds dist/ before running the suite)", () => {
    const missing = engineFiles()
      .map(declarationFile)
      .filter((file) => !existsSync(file));
    expect(missing, "declarations missing from dist/: run npm run build").toEqual([]);
  });

  it("leave out every declaration marked @internal in src/engine", () => {
    const internal = engineFiles().flatMap((file) => declarations(file).filter((d) => d.internal));
    // The clock's writer, process resumption, waiter bookkeeping, holder indices, withdraw...
    expect(internal.length).toBeGreaterThanOrEqual(20);
    const leaked = engineFiles().flatMap((file) => {
      const published = new Set(declarations(declarationFile(file)).map((d) => d.key));
      return declarations(file)
        .filter((d) => d.internal && published.has(d.key))
        .map((d) => `${d.file}: ${d.key}`);
    });
    expect(leaked).toEqual([]);
  });

  it("still publish what model code uses", () => {
    const published = new Set(
      engineFiles().flatMap((file) => declarations(declarationFile(file)).map((d) => d.key)),
    );
    for (const key of [
      "Simulation.now",
      "Simulation.activeProcess",
      "Simulation.eventsProcessed",
      "Request.payload",
      "Request.grantedAt",
      "Resource.seize",
      "Resource.queueLength",
      "Resource.inUse",
      "Resource.setCapacity",
      "Resource.observeQueue",
      "Store.observeLevel",
      "Container.observeLevel",
      "SimEvent.value",
      "SimEvent.onDone",
    ]) {
      expect(published.has(key), key).toBe(true);
    }
  });

  it("document no kernel-only member as public ('Kernel:' comments became @internal)", () => {
    const stale = engineFiles().filter((file) =>
      /\/\*\*\s*Kernel:/.test(readFileSync(file, "utf8")),
    );
    expect(stale).toEqual([]);
  });

  it("type-check on their own once the internals are stripped", () => {
    expect(consumerDiagnostics("reexport")).toEqual([]);
  }, 60_000);

  it("reject writes to the clock and uses of the kernel's internals", () => {
    const found = consumerDiagnostics("misuse");
    const READ_ONLY = 2540; // "Cannot assign to 'x' because it is a read-only property."
    const MISSING = 2339; // "Property 'x' does not exist on type 'y'."
    expect(found).toEqual([
      { line: 7, code: READ_ONLY },
      { line: 8, code: READ_ONLY },
      { line: 9, code: READ_ONLY },
      { line: 10, code: READ_ONLY },
      { line: 11, code: MISSING },
      { line: 12, code: MISSING },
      { line: 13, code: MISSING },
    ]);
  }, 60_000);
});

describe("the simulation clock", () => {
  it("is read-only for model code, in the types and at run time", () => {
    const sim = new Simulation();
    sim.schedule(5, () => {});
    expect(() => {
      // @ts-expect-error: the clock has no setter; only the event loop moves it
      sim.now = 2;
    }).toThrow(TypeError);
    sim.run();
    expect(sim.now).toBe(5);
  });
});
