/** What the machine was doing when the figures were taken (the 2 cores are shared). */
import os from "node:os";

/** Load averages over 1, 5 and 15 minutes, rounded to 2 decimals. */
export function loadAverage(): [number, number, number] {
  const [a = 0, b = 0, c = 0] = os.loadavg().map((v) => Math.round(v * 100) / 100);
  return [a, b, c];
}

/** Node version, CPU model and count, total memory, load average. */
export function machineInfo() {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: loadAverage(),
    date: new Date().toISOString(),
  };
}
