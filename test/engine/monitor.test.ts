import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  Container,
  type MonitorRow,
  Resource,
  ResourceMonitor,
  Simulation,
  SimulationError,
  Store,
} from "../../src/engine/index.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** Two servers; customers arrive at 0, 1 and 2 and each holds a server for 5 time units. */
function twoServers(maxRows?: number) {
  const sim = new Simulation();
  const lane = new Resource(sim, { capacity: 2, name: "lane" });
  const monitor = new ResourceMonitor(maxRows === undefined ? {} : { maxRows }).attach(lane);
  for (const arrival of [0, 1, 2]) {
    sim.schedule(arrival, () => lane.seize((slot) => sim.schedule(5, () => slot.release())));
  }
  sim.run();
  return monitor;
}

const row = (time: number, resource: string, queue: number, inUse: number, capacity: number) =>
  ({ time, resource, queue, inUse, capacity }) satisfies MonitorRow;

describe("a resource monitor", () => {
  it("records one row per instant at which a resource changed, holding the state after it", () => {
    const monitor = twoServers();
    expect(monitor.rows).toEqual([
      row(0, "lane", 0, 1, 2),
      row(1, "lane", 0, 2, 2),
      row(2, "lane", 1, 2, 2),
      // At 5 the first customer leaves and the waiting one takes the server: one row.
      row(5, "lane", 0, 2, 2),
      row(6, "lane", 0, 1, 2),
      row(10, "lane", 0, 0, 2),
    ]);
    expect(monitor.truncated).toBe(false);
    expect(monitor.droppedRows).toBe(0);
  });

  it("records capacity changes and skips a capacity set to the value it already has", () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1, name: "lane" });
    const monitor = new ResourceMonitor().attach(lane);
    for (const arrival of [0, 1]) {
      sim.schedule(arrival, () => lane.seize((slot) => sim.schedule(4, () => slot.release())));
    }
    sim.schedule(2, () => lane.setCapacity(1));
    sim.schedule(3, () => lane.setCapacity(2));
    sim.run();
    expect(monitor.rows).toEqual([
      row(0, "lane", 0, 1, 1),
      row(1, "lane", 1, 1, 1),
      row(3, "lane", 0, 2, 2),
      row(4, "lane", 0, 1, 2),
      row(7, "lane", 0, 0, 2),
    ]);
  });

  it("records the waiting puts and gets and the level of stores and containers", () => {
    const sim = new Simulation();
    const yard = new Store<string>(sim, { capacity: 1, name: "yard" });
    const slots = new Container(sim, { capacity: 2, initial: 2, name: "slots" });
    const monitor = new ResourceMonitor().attach(yard).attach(slots);
    sim.schedule(0, () => {
      yard.offer("a");
      yard.offer("b"); // blocked: the yard is full
      slots.get(1);
    });
    sim.schedule(1, () => slots.get(2)); // waits: one slot left
    sim.schedule(2, () => yard.take(() => {})); // "a" leaves, "b" enters
    sim.schedule(3, () => slots.put(1)); // the waiting get takes both slots
    sim.run();
    expect(monitor.rows).toEqual([
      row(0, "yard", 1, 1, 1),
      row(0, "slots", 0, 1, 2),
      row(1, "slots", 1, 1, 2),
      row(2, "yard", 0, 1, 1),
      row(3, "slots", 0, 0, 2),
    ]);
  });

  it("keeps at most maxRows rows, then says it is truncated and counts the rows it dropped", () => {
    const monitor = twoServers(3);
    expect(monitor.rows).toEqual([
      row(0, "lane", 0, 1, 2),
      row(1, "lane", 0, 2, 2),
      row(2, "lane", 1, 2, 2),
    ]);
    expect(monitor.truncated).toBe(true);
    expect(monitor.droppedRows).toBe(3);
  });

  it("is not truncated when the rows fill the limit exactly", () => {
    const monitor = twoServers(6);
    expect(monitor.rows).toHaveLength(6);
    expect(monitor.truncated).toBe(false);
  });

  it("rejects a row limit that is not a positive integer, naming the option and the value", () => {
    expect(() => new ResourceMonitor({ maxRows: 0 })).toThrow(
      /ResourceMonitor: maxRows expected an integer >= 1, received 0/,
    );
    expect(() => new ResourceMonitor({ maxRows: 2.5 })).toThrow(SimulationError);
  });

  it("rejects a second object of the same name and something that is not a resource", () => {
    const sim = new Simulation();
    const monitor = new ResourceMonitor().attach(new Resource(sim, { capacity: 1, name: "x" }));
    expect(() => monitor.attach(new Store(sim, { name: "x" }))).toThrow(
      /ResourceMonitor.attach: target.name expected a name no attached object has .*received "x"/,
    );
    expect(() => monitor.attach({ name: "y" } as unknown as Resource)).toThrow(
      /ResourceMonitor.attach: target expected a Resource, Store or Container, received \{"name":"y"\}/,
    );
  });

  it("runs the README's example and prints the table the README shows", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = readme
      .split("```ts\n")
      .slice(1)
      .map((part) => part.slice(0, part.indexOf("```")))
      .find((code) => code.includes("new ResourceMonitor"));
    expect(block).toBeDefined();
    const code = block!.replace(
      'from "gatesim"',
      `from ${JSON.stringify(join(ROOT, "src", "index.ts"))}`,
    );
    const shown = block!
      .split("\n")
      .filter((line) => line.startsWith("// "))
      .map((line) => line.slice(3))
      .filter((line) => /^(time,|\d)/.test(line));
    const dir = mkdtempSync(join(tmpdir(), "gatesim-readme-"));
    try {
      writeFileSync(join(dir, "example.ts"), code);
      const output = execFileSync(
        "node",
        [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(dir, "example.ts")],
        { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
      );
      expect(output.replace(/\r\n/g, "\n").trim().split("\n")).toEqual(shown);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
