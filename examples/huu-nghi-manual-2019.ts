/** The `huu-nghi-manual-2019` preset, run once: `npx tsx examples/huu-nghi-manual-2019.ts`. */
import { printPresetRun } from "./print-run.js";

printPresetRun("huu-nghi-manual-2019");
