/**
 * The job handler of `gatesim worker` (compiled to dist/experiment/redis/processor.js, which
 * BullMQ runs in a sandboxed worker thread, so a long replication never blocks the thread that
 * renews the job's lock). It loads the model once per thread, the same way as the thread pool
 * (../worker.ts), runs one replication and answers with its result.
 */
import type { ReplicationTask } from "../model.js";
import runReplications from "../worker.js";
import {
  decodeValue,
  encodeValue,
  notLoadedMessage,
  PACKAGE_VERSION,
  type RedisJobData,
  type RedisJobReply,
} from "./job.js";

/**
 * Runs the replication a job names.
 *
 * @throws an Error whose message marks a model that could not be loaded, or whatever the
 *   model's `run` throws (BullMQ records it as the job's failure).
 */
export default async function processReplication(job: {
  readonly data: RedisJobData;
}): Promise<RedisJobReply> {
  const { run, index, model, setup, version } = job.data;
  if (version !== PACKAGE_VERSION) {
    throw new Error(
      `this worker runs gatesim ${PACKAGE_VERSION} but the run was sent by gatesim ${String(version)}: install the same version on every machine (the model, and so the results, may differ)`,
    );
  }
  const task = decodeValue(job.data.task) as ReplicationTask<unknown>;
  const reply = await runReplications({ model, setup, tasks: [task] });
  if ("notLoaded" in reply) throw new Error(notLoadedMessage(reply.notLoaded));
  // The thread sends a replication's failure back as data: BullMQ records it as the job's error.
  if ("failedTask" in reply) {
    const { name, message, code } = reply.error;
    throw Object.assign(new Error(message), { name, ...(code === undefined ? {} : { code }) });
  }
  return { run, index, result: encodeValue(reply.results[0]) };
}
