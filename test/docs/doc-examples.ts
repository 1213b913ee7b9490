/**
 * Finds every `@example` in the doc comments under src/, with the symbol it documents and
 * whether that symbol is part of the public API (reachable from the package's entry points).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** One `@example` block from a doc comment. */
export interface DocExample {
  /** The file, relative to the repository root (e.g. "src/random/distributions/erlang.ts"). */
  readonly file: string;
  /** 1-based line of the `@example` tag. */
  readonly line: number;
  /** The documented symbol, e.g. "erlang", "Resource.request", or "(module)". */
  readonly symbol: string;
  /** The entry point that exports the symbol, or null when it is internal. */
  readonly entry: "gatesim" | "gatesim/charts" | null;
  /** The example's code (fenced blocks' contents when the example has fences). */
  readonly code: string;
}

/** The package's entry points: subpath → source file. */
export const ENTRY_POINTS = {
  gatesim: "src/index.ts",
  "gatesim/charts": "src/report/charts/index.ts",
} as const;

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) files.push(path);
  }
  return files.sort();
}

/** A declaration's key: its file and position (the same in any parse of the same text). */
function nodeKey(node: ts.Node): string {
  return `${node.getSourceFile().fileName}:${node.pos}`;
}

/** Declarations exported by each entry point (aliases resolved), with the entry's name. */
function publicDeclarations(root: string): Map<string, "gatesim" | "gatesim/charts"> {
  const entries = Object.entries(ENTRY_POINTS) as ["gatesim" | "gatesim/charts", string][];
  const config = ts.readConfigFile(join(root, "tsconfig.build.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram(
    entries.map(([, file]) => join(root, file)),
    parsed.options,
  );
  const checker = program.getTypeChecker();
  const result = new Map<string, "gatesim" | "gatesim/charts">();
  for (const [entry, file] of entries) {
    const source = program.getSourceFile(join(root, file));
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`cannot read the exports of ${file}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const target =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      for (const declaration of target.declarations ?? []) {
        // the doc comment of `export const x = …` sits on the statement, not the declaration
        const host = ts.isVariableDeclaration(declaration)
          ? declaration.parent.parent
          : declaration;
        if (!result.has(nodeKey(host))) result.set(nodeKey(host), entry);
      }
    }
  }
  return result;
}

function declarationName(node: ts.Node): string | undefined {
  if (ts.isVariableStatement(node)) {
    return node.declarationList.declarations.map((d) => d.name.getText()).join(", ");
  }
  if (ts.isConstructorDeclaration(node)) return "constructor";
  const name = (node as { name?: ts.Node }).name;
  return name === undefined ? undefined : name.getText();
}

/** The raw text of a JSDoc tag's comment, with the leading ` * ` of each line removed. */
function tagText(tag: ts.JSDocTag, text: string): string {
  const raw = text.slice(tag.tagName.end, tag.end).replace(/\*\/\s*$/, "");
  const lines = raw.split("\n").map((line, index) => {
    if (index === 0) return line.replace(/^ /, "");
    return line.replace(/^\s*\* ?/, "").replace(/^\s*\*$/, "");
  });
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop();
  while (lines.length > 0 && lines[0]!.trim() === "") lines.shift();
  const body = lines.join("\n");
  const fences = [...body.matchAll(/```(?:ts|typescript|js|javascript)?\s*\n([\s\S]*?)```/g)];
  return fences.length > 0 ? fences.map((m) => m[1]!).join("\n") : body;
}

/** Every `@example` under `src/`, in file order. */
export function collectExamples(root: string): DocExample[] {
  const publicNodes = publicDeclarations(root);
  const examples: DocExample[] = [];
  for (const path of sourceFiles(join(root, "src"))) {
    const text = readFileSync(path, "utf8");
    if (!text.includes("@example")) continue;
    const file = relative(root, path).split("\\").join("/");
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node, owners: readonly ts.Node[]): void => {
      const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
      for (const doc of docs) {
        for (const tag of doc.tags ?? []) {
          if (tag.tagName.text !== "example") continue;
          const chain = [...owners, node];
          const names = chain.map(declarationName).filter((n) => n !== undefined);
          const isModuleComment =
            ts.isSourceFile(node.parent) && /@module\b/.test(doc.getText()) && names.length <= 1;
          const entry =
            chain.map((n) => publicNodes.get(nodeKey(n))).find((e) => e !== undefined) ?? null;
          examples.push({
            file,
            line: source.getLineAndCharacterOfPosition(tag.getStart()).line + 1,
            symbol: isModuleComment ? "(module)" : names.join(".") || "(module)",
            entry: isModuleComment ? null : entry,
            code: tagText(tag, text),
          });
        }
      }
      const isOwner =
        ts.isClassDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isVariableStatement(node) ||
        ts.isFunctionDeclaration(node);
      ts.forEachChild(node, (child) => visit(child, isOwner ? [...owners, node] : owners));
    };
    visit(source, []);
  }
  return examples;
}
