/**
 * Intelligent vs manual quarantine on the same trucks (common random numbers): 5 paired
 * replications, B − A with 95% confidence intervals. `npx tsx examples/quarantine-saving.ts`
 */
import { comparePaired, comparisonTable, GATE_KPIS, gateModel, preset } from "gatesim";

const summary = await comparePaired({
  model: gateModel,
  configA: preset("huu-nghi-smart-manual-quarantine")!,
  configB: preset("huu-nghi-smart-2024")!,
  nameA: "manual quarantine",
  nameB: "intelligent quarantine",
  seed: "1",
  replications: 5,
  kpis: GATE_KPIS,
});
process.stdout.write(comparisonTable(summary));
