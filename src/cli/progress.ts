/**
 * A progress bar on stderr (stdout stays clean for --json), shown only once a run has lasted
 * about a second, with replications done and an ETA.
 */
import cliProgress from "cli-progress";

/** Reports progress of `total` units; `finish()` clears up. */
export interface Progress {
  /** `total` null: not known in advance (a capacity search); the bar then counts up. */
  update(done: number, total: number | null): void;
  finish(): void;
}

const SHOW_AFTER_MS = 1000;

/** A progress reporter; silent when `quiet`. */
export function createProgress(label: string, quiet: boolean): Progress {
  if (quiet) return { update() {}, finish() {} };
  const started = Date.now();
  let bar: cliProgress.SingleBar | null = null;
  return {
    update(done, knownTotal) {
      const total = knownTotal ?? done + 1;
      if (bar === null) {
        if (Date.now() - started < SHOW_AFTER_MS || done >= total) return;
        bar = new cliProgress.SingleBar(
          {
            format: `${label} [{bar}] {value}/{total} replications | ETA {eta_formatted}`,
            stream: process.stderr,
            noTTYOutput: true,
            notTTYSchedule: 2000,
            hideCursor: false,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      }
      if (knownTotal === null) bar.setTotal(total);
      bar.update(done);
    },
    finish() {
      bar?.stop();
    },
  };
}
