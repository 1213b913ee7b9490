/**
 * Small queue models built on the kernel's public API, for the queueing-theory validation suite
 * (not a test file itself; the models live in ./models/, one per file). Each model runs one
 * replication and returns its estimates.
 *
 * Conventions shared by every model:
 * - customers are numbered by arrival; the first `warmupCustomers` are warm-up (their
 *   statistics are discarded), the next `customers` are measured;
 * - arrivals keep coming until every measured customer has left, so the measured customers see
 *   a loaded system to the end (this matters for priority queues, where later arrivals overtake);
 * - each random quantity comes from its own named stream ("arrivals", "service", "service-2",
 *   "class") and is drawn when the customer arrives, so customer i gets the same numbers in
 *   every model variant run on the same {@link RandomStreams} (common random numbers).
 */
export {
  type PriorityQueueEstimates,
  type PriorityQueueOptions,
  runPriorityQueue,
} from "./models/priority.js";
export {
  type ProcessQueueEstimates,
  type ProcessQueueOptions,
  runQueueWithProcesses,
} from "./models/process-queue.js";
export { type QueueEstimates, type QueueOptions, runQueue } from "./models/queue.js";
export type { RunLength } from "./models/run-length.js";
export {
  runTandem,
  type TandemEstimates,
  type TandemOptions,
  type TandemStage,
} from "./models/tandem.js";
