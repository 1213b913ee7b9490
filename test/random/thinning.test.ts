import { describe, expect, it } from "vitest";
import {
  createRateProfile,
  createStream,
  poissonArrivals,
  RandomError,
  type RandomStream,
  type RateProfile,
  ThinningArrivals,
} from "../../src/random/index.js";

const HOUR = 3600;
const DAY = 86_400;

/** Arrivals per hour by hour of day: a night trough, a zero hour, a morning peak. */
const HOURLY = [
  2, 1, 0.5, 0, 0.5, 3, 10, 25, 40, 45, 42, 38, 35, 36, 40, 44, 41, 30, 20, 12, 8, 5, 4, 3,
];

/** χ²(0.999) quantiles (scipy.stats.chi2.ppf). */
const CHI2_999 = { df7: 24.32, df23: 49.73 } as const;

function arrivalsUntil(
  process: { next(stream: RandomStream, from: number): number },
  stream: RandomStream,
  horizonSeconds: number,
): number[] {
  const times: number[] = [];
  for (let t = process.next(stream, 0); t < horizonSeconds; t = process.next(stream, t)) {
    times.push(t);
  }
  return times;
}

describe("RateProfile", () => {
  it("rateAt returns the hourly rate in arrivals per second", () => {
    const profile = createRateProfile({ ratePerHourByHourOfDay: HOURLY });
    expect(profile.rateAt(9 * HOUR + 10)).toBeCloseTo(45 / HOUR, 15);
    expect(profile.rateAt(3 * HOUR + 1800)).toBe(0);
    expect(profile.rateAt(DAY + 9 * HOUR)).toBeCloseTo(45 / HOUR, 15);
    expect(profile.maxRate).toBeCloseTo(45 / HOUR, 15);
  });

  it("expectedCount is the exact integral of the piecewise-constant rate", () => {
    const profile = createRateProfile({
      ratePerHourByHourOfDay: HOURLY,
      dayOfWeekMultipliers: [1, 2, 1, 1, 1, 1, 0],
      seasonalMultipliers: [{ fromDay: 7, toDay: 8, multiplier: 3 }],
    });
    const daily = HOURLY.reduce((a, b) => a + b, 0);
    expect(profile.expectedCount(0, DAY)).toBeCloseTo(daily, 10);
    expect(profile.expectedCount(0.5 * HOUR, 2.25 * HOUR)).toBeCloseTo(
      0.5 * 2 + 1 + 0.25 * 0.5,
      12,
    );
    expect(profile.expectedCount(DAY + 8.5 * HOUR, DAY + 9.5 * HOUR)).toBeCloseTo(
      2 * (20 + 22.5),
      12,
    );
    expect(profile.expectedCount(0, 7 * DAY)).toBeCloseTo(daily * (1 + 2 + 1 + 1 + 1 + 1 + 0), 9);
    expect(profile.expectedCount(7 * DAY, 8 * DAY)).toBeCloseTo(daily * 3, 9);
    expect(profile.expectedCount(6 * DAY + 5, 6 * DAY + 50_000)).toBe(0);
    expect(profile.expectedCount(1000, 1000)).toBe(0);
  });

  it("maxRate bounds the rate with day-of-week and seasonal multipliers", () => {
    const profile = createRateProfile({
      ratePerHourByHourOfDay: HOURLY,
      dayOfWeekMultipliers: [1, 1.5, 1, 1, 1, 1, 0.2],
      seasonalMultipliers: [
        { fromDay: 30, toDay: 60, multiplier: 2 },
        { fromDay: 50, toDay: 55, multiplier: 0 },
      ],
    });
    expect(profile.maxRate).toBeCloseTo((45 * 1.5 * 2) / HOUR, 15);
    for (let t = 0; t < 70 * DAY; t += 997) {
      expect(profile.rateAt(t)).toBeLessThanOrEqual(profile.maxRate);
    }
    expect(profile.zeroFromSeconds).toBe(Infinity);
  });
});

describe("ThinningArrivals", () => {
  it("hourly counts over 200 days match the expected counts (Poisson 4σ and χ² checks)", () => {
    const seed = "thinning/hourly";
    const days = 200;
    const profile = createRateProfile({ ratePerHourByHourOfDay: HOURLY });
    const times = arrivalsUntil(new ThinningArrivals(profile), createStream(seed), days * DAY);
    const counts = new Array<number>(24).fill(0);
    for (const t of times) counts[Math.floor((t % DAY) / HOUR)]! += 1;
    let chiSquare = 0;
    HOURLY.forEach((rate, hour) => {
      const expected = profile.expectedCount(hour * HOUR, (hour + 1) * HOUR) * days;
      expect(expected).toBeCloseTo(rate * days, 9);
      const observed = counts[hour] as number;
      if (expected === 0) {
        expect(observed, `seed=${seed} hour=${hour}`).toBe(0);
        return;
      }
      expect(
        Math.abs(observed - expected),
        `seed=${seed} hour=${hour}: observed ${observed}, expected ${expected}`,
      ).toBeLessThan(4 * Math.sqrt(expected));
      chiSquare += (observed - expected) ** 2 / expected;
    });
    expect(chiSquare, `seed=${seed}: χ² over 23 hours`).toBeLessThan(CHI2_999.df23);
  });

  it("day-of-week and seasonal multipliers shape the counts; a closed season gets none", () => {
    const seed = "thinning/weekly";
    const days = 140;
    const profile = createRateProfile({
      ratePerHourByHourOfDay: HOURLY,
      dayOfWeekMultipliers: [1, 1, 1, 1, 1, 0.5, 0.2],
      seasonalMultipliers: [
        { fromDay: 30, toDay: 60, multiplier: 2 },
        { fromDay: 50, toDay: 55, multiplier: 0 },
      ],
    });
    const times = arrivalsUntil(new ThinningArrivals(profile), createStream(seed), days * DAY);
    const byWeekday = new Array<number>(7).fill(0);
    let closed = 0;
    let season = 0;
    for (const t of times) {
      const day = Math.floor(t / DAY);
      byWeekday[day % 7]! += 1;
      if (day >= 50 && day < 55) closed++;
      if (day >= 30 && day < 60) season++;
    }
    expect(closed, `seed=${seed}`).toBe(0);
    const expectedSeason = profile.expectedCount(30 * DAY, 60 * DAY);
    expect(Math.abs(season - expectedSeason), `seed=${seed}`).toBeLessThan(
      4 * Math.sqrt(expectedSeason),
    );
    let chiSquare = 0;
    for (let weekday = 0; weekday < 7; weekday++) {
      let expected = 0;
      for (let day = weekday; day < days; day += 7) {
        expected += profile.expectedCount(day * DAY, (day + 1) * DAY);
      }
      const observed = byWeekday[weekday] as number;
      chiSquare += (observed - expected) ** 2 / expected;
    }
    expect(chiSquare, `seed=${seed}: χ² over weekdays`).toBeLessThan(CHI2_999.df7);
  });

  it("uses thinning, not a gap drawn at the rate in force at its start: a zero-rate hour stays empty", () => {
    const seed = "thinning/naive";
    const hourly = Array.from({ length: 24 }, (_, h) => (h === 3 ? 0 : 6));
    const profile = createRateProfile({ ratePerHourByHourOfDay: hourly });
    const inHour3 = (times: number[]) => times.filter((t) => Math.floor((t % DAY) / HOUR) === 3);

    const thinned = arrivalsUntil(new ThinningArrivals(profile), createStream(seed), 200 * DAY);
    expect(inHour3(thinned), `seed=${seed}`).toEqual([]);

    // The naive method (for contrast): one exponential gap at the rate at the gap's start,
    // jumping over zero-rate hours. Its gaps spill from hour 2 into hour 3.
    const naive = {
      next(stream: RandomStream, from: number): number {
        let t = from;
        while (profile.rateAt(t) === 0) t = (Math.floor(t / HOUR) + 1) * HOUR;
        return t - Math.log(1 - stream.next()) / profile.rateAt(t);
      },
    };
    const naiveTimes = arrivalsUntil(naive, createStream(seed), 200 * DAY);
    expect(inHour3(naiveTimes).length).toBeGreaterThan(100);
  });

  it("a rate that is zero everywhere returns Infinity at once instead of looping", () => {
    const arrivals = new ThinningArrivals({ ratePerHourByHourOfDay: Array(24).fill(0) });
    expect(arrivals.profile.maxRate).toBe(0);
    expect(arrivals.next(createStream("zero"), 0)).toBe(Infinity);
    const noWeekdays = new ThinningArrivals({
      ratePerHourByHourOfDay: Array(24).fill(5),
      dayOfWeekMultipliers: Array(7).fill(0),
    });
    expect(noWeekdays.next(createStream("zero"), 123)).toBe(Infinity);
  });

  it("a rate that becomes zero for ever returns Infinity past that point", () => {
    const seed = "thinning/closing";
    const profile: RateProfile = createRateProfile({
      ratePerHourByHourOfDay: Array(24).fill(10),
      seasonalMultipliers: [{ fromDay: 3, toDay: Infinity, multiplier: 0 }],
    });
    expect(profile.zeroFromSeconds).toBe(3 * DAY);
    const arrivals = new ThinningArrivals(profile);
    const stream = createStream(seed);
    const times = arrivalsUntil(arrivals, stream, Infinity);
    expect(times.length).toBeGreaterThan(600);
    expect(Math.max(...times)).toBeLessThan(3 * DAY);
    expect(arrivals.next(stream, 5 * DAY)).toBe(Infinity);
  });

  it("the same seed replays the same arrival times", () => {
    const arrivals = new ThinningArrivals({ ratePerHourByHourOfDay: HOURLY });
    const a = arrivalsUntil(arrivals, createStream("replay"), 3 * DAY);
    const b = arrivalsUntil(arrivals, createStream("replay"), 3 * DAY);
    expect(a).toEqual(b);
  });

  it("rejects a negative or NaN start time", () => {
    const arrivals = new ThinningArrivals({ ratePerHourByHourOfDay: HOURLY });
    expect(() => arrivals.next(createStream("x"), -1)).toThrowError(RandomError);
    expect(() => arrivals.next(createStream("x"), Number.NaN)).toThrowError(/fromTimeSeconds/);
  });
});

describe("poissonArrivals", () => {
  it("homogeneous arrivals have the stated rate (count within 4σ over 100 days)", () => {
    const seed = "poisson/rate";
    const ratePerSecond = 20 / HOUR;
    const times = arrivalsUntil(poissonArrivals({ ratePerSecond }), createStream(seed), 100 * DAY);
    const expected = ratePerSecond * 100 * DAY;
    expect(Math.abs(times.length - expected), `seed=${seed}`).toBeLessThan(4 * Math.sqrt(expected));
  });

  it("a constant profile thinned agrees with the homogeneous process in count", () => {
    const seed = "poisson/constant-profile";
    const thinned = arrivalsUntil(
      new ThinningArrivals({ ratePerHourByHourOfDay: Array(24).fill(20) }),
      createStream(seed),
      100 * DAY,
    );
    const expected = 20 * 24 * 100;
    expect(Math.abs(thinned.length - expected), `seed=${seed}`).toBeLessThan(
      4 * Math.sqrt(expected),
    );
  });

  it("rate zero gives Infinity", () => {
    expect(poissonArrivals({ ratePerSecond: 0 }).next(createStream("p0"), 10)).toBe(Infinity);
  });
});
