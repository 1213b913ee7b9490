/**
 * Building a custom gate in code: two smart lanes with a manual fallback, customs with risk
 * channels, an X-ray for the red channel, a finite yard and a neighbour that closes at night.
 * `npx tsx examples/custom-gate.ts`
 */
import { parseScenario, runGate, runTable } from "gatesim";

const parsed = parseScenario({
  name: "custom-gate",
  horizonDays: 14,
  trucks: {
    directionShares: { export: 0.4, import: 0.6 },
    cargoClasses: [
      { id: "fresh-fruit", share: 0.3, agricultural: true, shelfLifeHours: 48 },
      { id: "general", share: 0.7, agricultural: false },
    ],
  },
  arrivals: {
    kind: "profile",
    trucksPerDay: 900,
    hourlyShares: Array.from({ length: 24 }, () => 1 / 24),
  },
  stations: [
    {
      id: "lanes",
      kind: "identity-check",
      servers: 2,
      serviceSeconds: { kind: "lognormal", meanSeconds: 15, sdSeconds: 5 },
      falseRejectShare: 0.05,
      fallbackStationId: "booth",
    },
    {
      id: "booth",
      kind: "booth",
      servers: 1,
      serviceSeconds: { kind: "exponential", meanSeconds: 240 },
    },
    {
      id: "customs",
      kind: "customs",
      servers: 4,
      serviceSeconds: { kind: "triangular", minSeconds: 60, modeSeconds: 180, maxSeconds: 600 },
      channelShares: { green: 0.7, yellow: 0.2, red: 0.1 },
    },
    {
      id: "x-ray",
      kind: "inspection",
      servers: 2,
      serviceSeconds: { kind: "erlang", k: 3, meanSeconds: 1800 },
    },
  ],
  pathway: [
    { stationId: "lanes" },
    { stationId: "customs", assignsChannel: true },
    { stationId: "x-ray", when: { channels: ["red"] } },
  ],
  yard: { slots: 200, truckSpacingMetres: 18 },
  neighbour: { trucksPerDay: 1100, openHours: { fromHour: 6, toHour: 22 } },
});

if (!parsed.ok) {
  for (const issue of parsed.issues) console.error(issue.message);
  process.exit(1);
}
process.stdout.write(runTable(runGate(parsed.scenario, { seed: 1 })));
