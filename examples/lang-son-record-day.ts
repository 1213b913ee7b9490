/** The `lang-son-record-day` preset, run once: `npx tsx examples/lang-son-record-day.ts`. */
import { printPresetRun } from "./print-run.js";

printPresetRun("lang-son-record-day");
