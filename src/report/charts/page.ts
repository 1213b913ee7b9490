/**
 * The shell every HTML report shares: one self-contained document (inline CSS, no scripts, no
 * network), a title, the body parts given, and the gatesim footer.
 */
import { escapeHtml } from "../escape-html.js";
import { REPORT_CSS } from "./html-text.js";

/** A chart with its caption. */
export function figure(svg: string, caption: string): string {
  return `<figure>\n${svg}\n<figcaption>${escapeHtml(caption)}</figcaption>\n</figure>`;
}

/** The whole document: head, `<h1>` title, the body parts (HTML, in order), footer. */
export function htmlPage(title: string, body: readonly string[]): string {
  const parts = [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${escapeHtml(title)}</h1>`,
    ...body,
    "<footer>Made with gatesim, a discrete-event simulation of border-gate clearance.</footer>",
    "</main>",
    "</body>",
    "</html>",
  ];
  return `${parts.join("\n")}\n`;
}
