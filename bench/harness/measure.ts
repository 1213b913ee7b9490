/**
 * What a benchmark case measures about itself: memory, and the CPU time of its main thread
 * (the machine is shared, so wall time includes time spent descheduled; the ratio of the two
 * says how clean a figure is).
 */
import { readFileSync } from "node:fs";

/** Memory figures of this process, in MB. */
export function memoryMb(): { rssMb: number; peakRssMb: number; heapUsedMb: number } {
  const usage = process.memoryUsage();
  return {
    rssMb: usage.rss / 2 ** 20,
    // resourceUsage().maxRSS is in kilobytes (Linux); see runCommand on why it is honest here.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: usage.heapUsed / 2 ** 20,
  };
}

/** Linux clock ticks per second (`getconf CLK_TCK`); 100 on every mainstream kernel. */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) used so far by the main thread alone, from
 * `/proc/self/task/<pid>/stat` (10 ms resolution); GC helper threads are excluded. Falls back to
 * the whole process's `process.cpuUsage()` where /proc is unavailable.
 */
export function mainThreadCpuSeconds(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e6;
  }
}

/** Times `body`: wall seconds and main-thread CPU seconds. */
export function timed(body: () => void): { seconds: number; cpuSeconds: number } {
  const cpuStart = mainThreadCpuSeconds();
  const started = performance.now();
  body();
  const seconds = (performance.now() - started) / 1000;
  return { seconds, cpuSeconds: mainThreadCpuSeconds() - cpuStart };
}
