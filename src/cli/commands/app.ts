/**
 * `gatesim app --out planner.html`: writes the what-if page, the engine in one self-contained
 * HTML file that runs offline in a browser. The page is built by `npm run build`
 * (scripts/build-app.mjs) into dist/app/planner.html, beside the compiled CLI; this command
 * copies it through the transactional writer, so an interrupted copy leaves no page that looks
 * complete.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CliError, EXIT } from "../errors.js";
import { note } from "../output.js";
import { StreamedFile } from "../streamed-file.js";

/** Where the built page lives, relative to this compiled module (dist/cli/commands/app.js). */
export const PLANNER_PAGE = fileURLToPath(new URL("../../app/planner.html", import.meta.url));

/** Writes the page to `out`. @throws CliError when the built page is missing or `out` cannot be written. */
export function appCommand(out: string, quiet: boolean): void {
  let page: string;
  try {
    page = readFileSync(PLANNER_PAGE, "utf8");
  } catch (error) {
    throw new CliError(
      `gatesim app: the built page "${PLANNER_PAGE}" cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); run "npm run build" first`,
      EXIT.INVALID_INPUT,
    );
  }
  const file = new StreamedFile(out, "what-if page");
  try {
    file.write(page);
    file.commit();
  } catch (error) {
    file.abort();
    throw error;
  }
  note(
    quiet,
    `wrote the what-if page to ${out} (${Math.round(page.length / 1024)} KB); open it in a browser, no server needed`,
  );
}
