/**
 * Progress on stderr (stdout stays clean for --json), shown once a run has lasted a second —
 * whatever the run: replications on worker threads, a capacity search of unknown length, or
 * one detailed run in this thread (reported day by day). The ETA is the elapsed time per unit
 * done times the units left, shown only once a unit is done (never "ETA 0s" from no data).
 * Rendered synchronously on each update (a run in this thread gives timers no chance) and every
 * second by a timer while worker threads run: in place on a terminal, a line every few seconds
 * otherwise.
 */

/** Reports progress of `total` units; `finish()` clears up. */
export interface Progress {
  /** `total` null: not known in advance (a capacity search); the line then counts up. */
  update(done: number, total: number | null): void;
  finish(): void;
}

const SHOW_AFTER_MS = 1000;
/** Shortest time between two lines when stderr is not a terminal. */
const LINE_EVERY_MS = 5000;
/** Shortest time between two redraws on a terminal. */
const REDRAW_EVERY_MS = 100;
const BAR_WIDTH = 24;

/** "1 h 02 min", "3 min 05 s", "12 s". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, "0")} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

/** An ETA: "< 1 s" rather than "0 s" while units remain. */
function etaText(ms: number): string {
  return ms < 500 ? "< 1 s" : formatDuration(ms);
}

/**
 * The progress line: label, bar, units done, elapsed time and the ETA once there is data.
 *
 * @example progressLine("smart", 0, 6, "replications", 1500) // "smart [------------------------] 0/6 replications | 2 s elapsed"
 */
export function progressLine(
  label: string,
  done: number,
  total: number | null,
  unit: string,
  elapsedMs: number,
): string {
  const elapsed = `${formatDuration(elapsedMs)} elapsed`;
  if (total === null) {
    return done === 0 ? `${label} | ${elapsed}` : `${label} ${done} ${unit} done | ${elapsed}`;
  }
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}]`;
  const eta =
    done > 0 && done < total ? ` | ETA ${etaText((elapsedMs / done) * (total - done))}` : "";
  return `${label} ${bar} ${done}/${total} ${unit} | ${elapsed}${eta}`;
}

/**
 * A progress reporter counting `unit` ("replications", "days simulated") out of
 * `expectedTotal` when known before the first update; silent when `quiet`.
 */
export function createProgress(
  label: string,
  quiet: boolean,
  unit = "replications",
  expectedTotal: number | null = null,
): Progress {
  if (quiet) return { update() {}, finish() {} };
  const stream = process.stderr;
  const tty = stream.isTTY === true;
  const started = Date.now();
  let done = 0;
  let total: number | null = expectedTotal;
  let shown = false;
  let lastDrawn = 0;
  const draw = (force: boolean): void => {
    const now = Date.now();
    if (now - started < SHOW_AFTER_MS) return;
    if (!force && now - lastDrawn < (tty ? REDRAW_EVERY_MS : LINE_EVERY_MS)) return;
    lastDrawn = now;
    shown = true;
    const line = progressLine(label, done, total, unit, now - started);
    stream.write(tty ? `\r\u001b[K${line}` : `${line}\n`);
  };
  // While worker threads run, this thread is idle: redraw the elapsed time every second.
  const timer = setInterval(() => draw(false), SHOW_AFTER_MS);
  timer.unref();
  return {
    update(doneNow, totalNow) {
      done = doneNow;
      total = totalNow;
      draw(false);
    },
    finish() {
      clearInterval(timer);
      if (shown && tty) stream.write("\r\u001b[K");
    },
  };
}
