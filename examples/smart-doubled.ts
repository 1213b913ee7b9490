/** The `smart-doubled` preset, run once: `npx tsx examples/smart-doubled.ts`. */
import { printPresetRun } from "./print-run.js";

printPresetRun("smart-doubled");
