#!/usr/bin/env node
/**
 * Builds the what-if page (src/app) into ONE self-contained HTML file, dist/app/planner.html:
 * the engine worker is bundled first (esbuild, browser platform, IIFE) and inlined as a string
 * the page starts from a Blob URL; the page script and the CSS are inlined too. No network,
 * works from file://. Run by `npm run build` after tsc.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const app = join(root, "src", "app");
const out = join(root, "dist", "app", "planner.html");

const common = {
  bundle: true,
  write: false,
  format: "iife",
  platform: "browser",
  target: ["es2022"],
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
};

/**
 * zod's classic entry re-exports every locale (`z.locales`, ~260 KB minified) though only its
 * default, English, is used (gatesim never calls z.config): the bundle keeps `en` alone.
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${join("node_modules", "zod")}`)
        ? { path: join(dirname(args.importer), "..", "locales", "en.js"), namespace: "zod-locales" }
        : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
    }));
  },
};

const worker = await build({
  ...common,
  entryPoints: [join(app, "worker.ts")],
  plugins: [zodEnglishOnly],
});
const workerSource = worker.outputFiles[0].text;
const page = await build({
  ...common,
  entryPoints: [join(app, "page", "main.ts")],
  define: { ...common.define, GATESIM_WORKER_SOURCE: JSON.stringify(workerSource) },
});
// Inside a <script> element, "</script" would end it early; "<\/script" is the same JS text.
const pageScript = page.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
const css = readFileSync(join(app, "page", "planner.css"), "utf8");
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;

const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="gatesim ${version}">
<title>gatesim: what if? (the border-gate planner)</title>
<style>
${css}</style>
</head>
<body>
<noscript>This page runs the gatesim engine in your browser and needs JavaScript.</noscript>
<script>
${pageScript}</script>
</body>
</html>
`;

mkdirSync(dirname(out), { recursive: true });
const partial = `${out}.${process.pid}.partial`;
writeFileSync(partial, html);
renameSync(partial, out);
