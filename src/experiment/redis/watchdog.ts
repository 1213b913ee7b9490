/**
 * Watches a dispatcher's Redis connection: commands wait while it reconnects (so a Redis that
 * comes back with its data lets a run resume), but a connection lost for longer than
 * `reconnectMs` fails every guarded wait with a message that says what to do, instead of hanging.
 */
import type { Redis } from "ioredis";
import { ExperimentError } from "../errors.js";
import { redactRedisUrl } from "./connection.js";
import { failureIssue } from "./job.js";

/** How often the connection's state is looked at, in milliseconds. */
const TICK_MS = 250;

/** Fails guarded promises once the connection has been down for too long. */
export class Watchdog {
  private downSince: number | null = null;
  private readonly timer: NodeJS.Timeout;
  private fail: (error: Error) => void = () => {};
  private readonly failed: Promise<never>;

  /**
   * @param connection - the dispatcher's client (its `close` and `ready` events are followed)
   * @param reconnectMs - how long it may stay down
   */
  constructor(connection: Redis, reconnectMs: number) {
    this.failed = new Promise<never>((_, reject) => {
      this.fail = reject;
    });
    this.failed.catch(() => {}); // observed through guard(); never an unhandled rejection
    connection.on("close", () => {
      this.downSince ??= performance.now();
    });
    connection.on("ready", () => {
      this.downSince = null;
    });
    this.timer = setInterval(() => {
      if (this.downSince !== null && performance.now() - this.downSince > reconnectMs) {
        const where = redactRedisUrl(
          `${connection.options.tls ? "rediss" : "redis"}://${connection.options.host}:${connection.options.port}`,
        );
        this.fail(
          new ExperimentError("QUEUE_UNAVAILABLE", "createRunner", [
            failureIssue(
              "connection",
              "a Redis server that stays reachable during the run",
              `${where}, unreachable for more than ${Math.round(reconnectMs / 1000)} s: start Redis again (with its data, the run would resume) and run the command again`,
            ),
          ]),
        );
      }
    }, TICK_MS);
    this.timer.unref();
  }

  /** `promise`, or the connection's failure if that comes first. */
  guard<T>(promise: Promise<T>): Promise<T> {
    return Promise.race([promise, this.failed]);
  }

  /** Stops watching. */
  stop(): void {
    clearInterval(this.timer);
  }
}
