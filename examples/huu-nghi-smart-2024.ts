/** The `huu-nghi-smart-2024` preset, run once: `npx tsx examples/huu-nghi-smart-2024.ts`. */
import { printPresetRun } from "./print-run.js";

printPresetRun("huu-nghi-smart-2024");
