/** The `huu-nghi-manual-fruit-season` preset, run once: `npx tsx examples/huu-nghi-manual-fruit-season.ts`. */
import { printPresetRun } from "./print-run.js";

printPresetRun("huu-nghi-manual-fruit-season");
