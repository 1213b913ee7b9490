/** Where replications run: in this thread, or on worker threads loading the compiled gate model. */
import { fileURLToPath } from "node:url";
import { createRunner, type Runner, serialRunner } from "../experiment/index.js";
import { type GateRunResult, gateModel, type Scenario } from "../gate/index.js";

/** A runner for the gate model with `workers` threads (1: in-process). */
export function gateRunner(workers: number): Runner<Scenario, GateRunResult> {
  if (workers <= 1) return serialRunner(gateModel);
  return createRunner<Scenario, GateRunResult>({
    workers,
    model: {
      modulePath: fileURLToPath(new URL("../gate/experiment-adapter.js", import.meta.url)),
      exportName: "gateModel",
    },
  });
}
