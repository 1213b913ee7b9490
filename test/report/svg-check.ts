/**
 * A small structural check of SVG/XML text for the chart tests: one root `<svg>` element and
 * every tag closed in order. Not a full XML parser; enough to catch broken output.
 */

/** Problems found in `svg` (empty when it is well formed). */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  if (!svg.startsWith("<svg")) problems.push("does not start with <svg");
  if (!svg.trimEnd().endsWith("</svg>")) problems.push("does not end with </svg>");
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>/g;
  let last = 0;
  let roots = 0;
  for (const match of svg.matchAll(tag)) {
    const between = svg.slice(last, match.index);
    if (between.includes("<")) problems.push(`unparsed markup near ${between.slice(0, 40)}`);
    last = match.index + match[0].length;
    const [, closing, name, , selfClosing] = match;
    if (closing === "/") {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? "nothing"}>`);
    } else if (selfClosing !== "/") {
      if (stack.length === 0) roots += 1;
      stack.push(name!);
    } else if (stack.length === 0) {
      roots += 1;
    }
  }
  if (svg.slice(last).includes("<")) problems.push("unparsed markup at the end");
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(" > ")}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** Text content of the `<text>` elements of `svg`, entities decoded. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&"),
  );
}
