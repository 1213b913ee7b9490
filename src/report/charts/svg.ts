/**
 * SVG text post-processing: vega numbers clip paths and gradients from module-level counters,
 * so two renders of the same chart differ and two charts inlined in one HTML page can share an
 * id. Renaming every id to `<prefix><n>` in order of appearance fixes both.
 */

/**
 * Renames every `id="…"` in `svg` to `<prefix>1`, `<prefix>2`, … in order of appearance and
 * rewrites the references to them (`url(#…)`, `href="#…"`, `xlink:href="#…"`).
 *
 * @example
 * normaliseSvgIds('<svg><clipPath id="clip7"/><g clip-path="url(#clip7)"/></svg>', "queue-");
 * // '<svg><clipPath id="queue-1"/><g clip-path="url(#queue-1)"/></svg>'
 */
export function normaliseSvgIds(svg: string, prefix: string): string {
  const renamed = new Map<string, string>();
  for (const match of svg.matchAll(/\sid="([^"]*)"/g)) {
    const id = match[1]!;
    if (!renamed.has(id)) renamed.set(id, `${prefix}${renamed.size + 1}`);
  }
  if (renamed.size === 0) return svg;
  const rename = (id: string) => renamed.get(id) ?? id;
  return svg
    .replace(/(\sid=")([^"]*)"/g, (_, head: string, id: string) => `${head}${rename(id)}"`)
    .replace(/url\(#([^)]*)\)/g, (_, id: string) => `url(#${rename(id)})`)
    .replace(/(href=")#([^"]*)"/g, (_, head: string, id: string) => `${head}#${rename(id)}"`);
}
