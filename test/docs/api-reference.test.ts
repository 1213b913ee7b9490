import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  Application,
  Logger,
  LogLevel,
  type ProjectReflection,
  ReflectionKind,
  TSConfigReader,
  TypeDocReader,
} from "typedoc";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The API reference (`npm run docs`, TypeDoc over the two public entry points) builds without a
 * warning: every exported symbol and every member TypeDoc documents has a doc comment, every
 * `{@link}` resolves to something in the reference, and every type a public signature names is
 * itself public. The same `typedoc.json` drives `npm run docs` and this test; the findings are
 * grouped by the layer that defines the symbol, so each failure names the file to edit.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const LAYERS = ["common", "engine", "random", "stats", "gate", "experiment", "report"] as const;

interface Finding {
  /** The layer folder under src/ that defines the symbol, or "" when TypeDoc names no file. */
  layer: string;
  /** The file under src/ that defines the symbol ("" when unknown). */
  file: string;
  /** The public entry and export the finding belongs to, e.g. "gatesim.Resource". */
  entryExport: string;
  /** TypeDoc's message. */
  message: string;
}

class CollectingLogger extends Logger {
  readonly messages: { level: LogLevel; text: string }[] = [];
  override log(message: string, level: LogLevel): void {
    this.messages.push({ level, text: message });
  }
}

let findings: Finding[] = [];
let converted = false;

/** Where a reflection is defined, by its friendly full name (what TypeDoc's messages print). */
function sourcesByName(project: ProjectReflection): Map<string, string> {
  const map = new Map<string, string>();
  type WithSources = { sources?: readonly { fileName: string }[] };
  for (const reflection of Object.values(project.reflections)) {
    const own = (reflection as WithSources).sources?.[0]?.fileName;
    const parent = reflection.kindOf(ReflectionKind.SomeSignature)
      ? (reflection.parent as WithSources | undefined)?.sources?.[0]?.fileName
      : undefined;
    const file = own ?? parent;
    if (file !== undefined) map.set(reflection.getFriendlyFullName(), file);
  }
  return map;
}

/** The finding for one TypeDoc message: which file, layer and public export it concerns. */
function classify(text: string, sources: Map<string, string>): Finding {
  const defined = /defined in gatesim\/(src\/[^,\s]+)/.exec(text)?.[1];
  const owner =
    /^(\S+) \(\w+\), defined in/.exec(text)?.[1] ??
    /is referenced by (\S+)/.exec(text)?.[1] ??
    /^The comment for (\S+) links to/.exec(text)?.[1] ??
    "";
  const parts = owner.split(".");
  // "gatesim/charts.planHtmlReport.input" → "gatesim/charts.planHtmlReport"
  const entryExport = parts.length >= 2 ? `${parts[0]}.${parts[1]}` : owner;
  // a member of an inferred type may have no file of its own: then its export's file
  const file = defined ?? sources.get(owner) ?? sources.get(entryExport) ?? "";
  const layer = /^src\/([^/]+)\//.exec(file)?.[1] ?? "";
  return { layer, file, entryExport, message: text };
}

/** A bounded, readable report: each public export with its count and a few of its messages. */
function describeFindings(list: readonly Finding[]): string {
  const byExport = new Map<string, Finding[]>();
  for (const finding of list) {
    const key = `${finding.entryExport} (${finding.file || "no file"})`;
    byExport.set(key, [...(byExport.get(key) ?? []), finding]);
  }
  const lines = [`${list.length} TypeDoc warning(s) in ${byExport.size} public export(s):`];
  for (const [key, items] of [...byExport].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`- ${key}: ${items.length}`);
    for (const item of items.slice(0, 4)) lines.push(`    ${item.message}`);
    if (items.length > 4) lines.push(`    … and ${items.length - 4} more`);
  }
  return lines.join("\n");
}

beforeAll(async () => {
  const app = await Application.bootstrapWithPlugins(
    { options: join(ROOT, "typedoc.json"), lang: "en" },
    [new TypeDocReader(), new TSConfigReader()],
  );
  const logger = new CollectingLogger();
  app.logger = logger;
  const project = await app.convert();
  if (project === undefined) {
    throw new Error(
      `TypeDoc could not convert the project:\n${logger.messages.map((m) => m.text).join("\n")}`,
    );
  }
  converted = true;
  app.validate(project);
  const sources = sourcesByName(project);
  findings = logger.messages
    .filter((m) => m.level >= LogLevel.Warn)
    .map((m) => classify(m.text, sources));
}, 300_000);

describe("the API reference (TypeDoc)", () => {
  it("is configured to fail on any warning, with every validation on", () => {
    const config = JSON.parse(readFileSync(join(ROOT, "typedoc.json"), "utf8"));
    expect(config.treatWarningsAsErrors).toBe(true);
    expect(config.validation).toEqual({
      notExported: true,
      invalidLink: true,
      notDocumented: true,
    });
    expect(config.entryPoints).toEqual(["src/index.ts", "src/report/charts/index.ts"]);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.scripts.docs).toBe("typedoc");
    expect(converted).toBe(true);
  });

  it.each(LAYERS)("has no warning about symbols defined in src/%s", (layer) => {
    const mine = findings.filter((finding) => finding.layer === layer);
    if (mine.length > 0) expect.fail(describeFindings(mine));
  });

  it("has no warning outside the layers (entry points, or no file named)", () => {
    const rest = findings.filter(
      (finding) => !(LAYERS as readonly string[]).includes(finding.layer),
    );
    if (rest.length > 0) expect.fail(describeFindings(rest));
  });
});
