/**
 * Where replications run: in this thread, on worker threads loading the compiled gate model, or
 * on a Redis queue served by `gatesim worker` processes.
 */
import { fileURLToPath } from "node:url";
import { createRunner, type Runner, serialRunner } from "../experiment/index.js";
import { type GateRunResult, gateModel, type Scenario } from "../gate/index.js";

/** Where the replications of one command run. */
export interface RunnerChoice {
  /** Worker threads on this machine (1: in-process). */
  readonly workers: number;
  /** A Redis URL: the queue's workers run the replications instead. */
  readonly redis: string | undefined;
  /** Receives notes for the person at the terminal (e.g. no queue worker connected yet). */
  readonly onNotice: (message: string) => void;
}

/** A runner for the gate model, as `choice` says. */
export function gateRunner(choice: RunnerChoice): Runner<Scenario, GateRunResult> {
  if (choice.redis !== undefined) {
    return createRunner<Scenario, GateRunResult>({
      backend: "redis",
      connection: choice.redis,
      // resolved on each worker machine from its own gatesim installation
      model: { modulePath: "gatesim", exportName: "gateModel" },
      onNotice: choice.onNotice,
    });
  }
  if (choice.workers <= 1) return serialRunner(gateModel);
  return createRunner<Scenario, GateRunResult>({
    workers: choice.workers,
    model: {
      modulePath: fileURLToPath(new URL("../gate/experiment-adapter.js", import.meta.url)),
      exportName: "gateModel",
    },
  });
}
