/**
 * Turns a documentation example into a module that checks its annotations as it runs (see
 * annotations.ts for the comment forms): each annotated top-level statement reports its value,
 * output or error to the runtime in doc-runtime.ts.
 */
import ts from "typescript";
import { type Annotation, isUnterminatedString, parseAnnotation } from "./annotations.js";
import type { DeclaredCheck } from "./doc-runtime.js";

/** The instrumented example. */
export interface Instrumented {
  /** The module's code. */
  readonly code: string;
  /** Problems found before running: syntax errors, malformed or uncheckable annotations. */
  readonly problems: readonly string[];
  /** How many annotations the example has. */
  readonly checks: number;
  /** Identifiers the example mentions (to bring the library's exports into scope). */
  readonly identifiers: ReadonlySet<string>;
  /** Names the example's own import declarations bind. */
  readonly imported: ReadonlySet<string>;
}

/** Options of {@link instrument}. */
export interface InstrumentOptions {
  /** Key of the run in the runtime's registry. */
  readonly key: string;
  /** Absolute path or URL of doc-runtime.ts. */
  readonly runtime: string;
  /** Module code placed before the example (imports of the library, names in scope). */
  readonly prelude?: (identifiers: ReadonlySet<string>, imported: ReadonlySet<string>) => string;
  /** Rewrites the specifier of one of the example's own imports (e.g. a relative one). */
  readonly resolveImport?: (specifier: string) => string;
}

interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The `//` comments right after a statement: on its last line, then on the lines below. */
function commentsAfter(code: string, statement: ts.Statement): { text: string; end: number }[] {
  const comments: { text: string; end: number }[] = [];
  let pos = statement.end;
  const lineEnd = code.indexOf("\n", pos);
  const sameLine = code.slice(pos, lineEnd === -1 ? code.length : lineEnd);
  const trailing = /^\s*\/\/(.*)$/.exec(sameLine);
  if (trailing !== null) {
    comments.push({ text: trailing[1]!, end: pos + sameLine.length });
  } else if (sameLine.trim() !== "") {
    return []; // another statement follows on the same line: the comment is its
  }
  pos = lineEnd === -1 ? code.length : lineEnd + 1;
  while (pos < code.length) {
    const next = code.indexOf("\n", pos);
    const line = code.slice(pos, next === -1 ? code.length : next);
    const comment = /^\s*\/\/(.*)$/.exec(line);
    if (comment === null) break;
    comments.push({ text: comment[1]!, end: pos + line.length });
    pos = next === -1 ? code.length : next + 1;
  }
  return comments;
}

function stripOneSpace(text: string): string {
  return text.startsWith(" ") ? text.slice(1) : text;
}

/** The annotation a group of comments makes (first line, continued strings, `prints:` blocks). */
function annotationOf(comments: readonly { text: string }[]): {
  declared: Omit<DeclaredCheck, "line">;
  annotation: Annotation;
  extra: string[];
} | null {
  if (comments.length === 0) return null;
  let text = comments[0]!.text.trim();
  let used = 1;
  // a string continued on the lines below: each line's text after "// " (so "//  x" adds " x")
  while (isUnterminatedString(text) && used < comments.length) {
    text += stripOneSpace(comments[used]!.text).trimEnd();
    used++;
  }
  const annotation = parseAnnotation(text);
  if (annotation.kind === "prints" && /^prints:\s*$/.test(text)) {
    const lines = comments.slice(1).map((c) => stripOneSpace(c.text));
    return { declared: { text, lines }, annotation, extra: [] };
  }
  const extra = comments
    .slice(used)
    .map((c) => c.text.trim())
    .filter((t) => parseAnnotation(t).kind !== "prose");
  return { declared: { text }, annotation, extra };
}

function identifiersOf(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

function importedNames(declaration: ts.ImportDeclaration): string[] {
  const clause = declaration.importClause;
  if (clause === undefined) return [];
  const names: string[] = [];
  if (clause.name) names.push(clause.name.text);
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
  if (bindings && ts.isNamedImports(bindings)) {
    for (const element of bindings.elements) names.push(element.name.text);
  }
  return names;
}

/** Instruments an example's code. */
export function instrument(code: string, options: InstrumentOptions): Instrumented {
  const source = ts.createSourceFile(
    "example.ts",
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const problems: string[] = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const diagnostics =
    (source as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ??
    [];
  for (const diagnostic of diagnostics) {
    problems.push(
      `line ${lineOf(diagnostic.start)}: does not parse: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`,
    );
  }
  const replacements: Replacement[] = [];
  const hoisted: string[] = [];
  const imported = new Set<string>();
  const declared: Record<number, DeclaredCheck> = {};
  let id = 0;
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      const resolved = options.resolveImport?.(specifier) ?? specifier;
      const text = statement.getText();
      const at = statement.moduleSpecifier.getStart() - statement.getStart();
      hoisted.push(
        text.slice(0, at) +
          JSON.stringify(resolved) +
          text.slice(at + statement.moduleSpecifier.getWidth()),
      );
      for (const name of importedNames(statement)) imported.add(name);
      replacements.push({ start: statement.getStart(), end: statement.end, text: "" });
      continue;
    }
    const found = annotationOf(commentsAfter(code, statement));
    if (found === null) continue;
    const { annotation } = found;
    const line = lineOf(statement.getStart());
    for (const extra of found.extra) {
      problems.push(`line ${line}: a second annotation for one statement: // ${extra}`);
    }
    if (annotation.kind === "prose") continue;
    if (annotation.kind === "invalid") {
      problems.push(
        `line ${line}: cannot read the annotation "// ${annotation.text}": ${annotation.reason}`,
      );
      continue;
    }
    const n = ++id;
    declared[n] = { line, ...found.declared };
    const original = code.slice(statement.getStart(), statement.end);
    let text: string;
    if (annotation.kind === "prints") {
      text = `__doc.printStart(${n});\n${original}\n;__doc.printEnd(${n});`;
    } else if (annotation.kind === "throws") {
      text = `try {\n${original}\n;__doc.noThrow(${n});\n} catch (__error) { __doc.threw(${n}, __error); }`;
    } else if (ts.isExpressionStatement(statement)) {
      const expression = code.slice(statement.expression.getStart(), statement.expression.end);
      text = `__doc.value(${n}, (\n${expression}\n));`;
    } else if (
      ts.isVariableStatement(statement) &&
      statement.declarationList.declarations.length === 1 &&
      ts.isIdentifier(statement.declarationList.declarations[0]!.name)
    ) {
      const name = statement.declarationList.declarations[0]!.name.text;
      text = `${original}\n;__doc.value(${n}, ${name});`;
    } else {
      problems.push(
        `line ${line}: "// ${annotation.text}" annotates a statement without a value (annotate an expression or a single const)`,
      );
      delete declared[n];
      continue;
    }
    replacements.push({ start: statement.getStart(), end: statement.end, text });
  }
  let body = code;
  for (const r of [...replacements].sort((a, b) => b.start - a.start)) {
    body = body.slice(0, r.start) + r.text + body.slice(r.end);
  }
  const identifiers = identifiersOf(source);
  const key = JSON.stringify(options.key);
  const module = [
    `import { startRun as __startRun, finishRun as __finishRun } from ${JSON.stringify(options.runtime)};`,
    ...hoisted,
    options.prelude?.(identifiers, imported) ?? "",
    `const __doc = __startRun(${key}, ${JSON.stringify(declared)});`,
    "{",
    "const console = __doc.console;",
    body,
    "}",
    `__finishRun(${key});`,
    "",
  ].join("\n");
  return { code: module, problems, checks: Object.keys(declared).length, identifiers, imported };
}
