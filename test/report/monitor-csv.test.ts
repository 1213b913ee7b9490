import { describe, expect, it } from "vitest";
import { Resource, ResourceMonitor, Simulation } from "../../src/engine/index.js";
import { MONITOR_CSV_COLUMNS, monitorCsv } from "../../src/report/index.js";

describe("the monitor CSV", () => {
  it("writes a header and one CRLF-terminated row per monitored state", () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1, name: "lane" });
    const monitor = new ResourceMonitor().attach(lane);
    sim.schedule(1.5, () => lane.seize((slot) => sim.schedule(2, () => slot.release())));
    sim.run();
    expect(monitorCsv(monitor.rows)).toBe(
      "time,resource,queue,in_use,capacity\r\n0,lane,0,0,1\r\n1.5,lane,0,1,1\r\n3.5,lane,0,0,1\r\n",
    );
  });

  it("is only the header for no rows", () => {
    expect(monitorCsv([])).toBe(`${MONITOR_CSV_COLUMNS.join(",")}\r\n`);
  });

  it("quotes names that need it, keeps times exact and writes an infinite capacity as Inf", () => {
    const csv = monitorCsv([
      { time: 0.1 + 0.2, resource: 'gate "A", lane 1', queue: 3, inUse: 7, capacity: Infinity },
      { time: 86_399.123456789, resource: "yard\nnorth", queue: 0, inUse: 2.5, capacity: 10 },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "time,resource,queue,in_use,capacity",
      '0.30000000000000004,"gate ""A"", lane 1",3,7,Inf',
      '86399.123456789,"yard\nnorth",0,2.5,10',
      "",
    ]);
  });
});
