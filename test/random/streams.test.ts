import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createStream,
  DEFAULT_GENERATOR,
  RandomError,
  type RandomStream,
  RandomStreams,
} from "../../src/random/index.js";

const draw = (stream: RandomStream, n: number) => Array.from({ length: n }, () => stream.next());

describe("RandomStream", () => {
  it("the same seed gives the same sequence, for every generator", () => {
    for (const generator of ["alea", "xor4096", "arc4"] as const) {
      expect(draw(createStream("s-1", generator), 50)).toEqual(
        draw(createStream("s-1", generator), 50),
      );
    }
  });

  it("different seeds give different sequences", () => {
    expect(draw(createStream("s-1"), 10)).not.toEqual(draw(createStream("s-2"), 10));
  });

  it("the default generator is alea and createStream names the stream after its seed", () => {
    const stream = createStream("seed-x");
    expect(DEFAULT_GENERATOR).toBe("alea");
    expect(stream.generator).toBe("alea");
    expect(stream.name).toBe("seed-x");
    expect(stream.seed).toBe("seed-x");
  });

  it("next() lies in [0, 1) and nextOpen() in (0, 1), both on the 2^-32 grid", () => {
    for (const generator of ["alea", "xor4096", "arc4"] as const) {
      const stream = createStream(`range/${generator}`, generator);
      for (let i = 0; i < 10_000; i++) {
        const u = stream.next();
        const v = stream.nextOpen();
        expect(u >= 0 && u < 1 && Number.isInteger(u * 2 ** 32)).toBe(true);
        expect(v > 0 && v < 1).toBe(true);
      }
    }
  });

  it("nextOpen() consumes exactly one draw", () => {
    const a = createStream("open");
    const b = createStream("open");
    a.nextOpen();
    b.next();
    expect(a.next()).toBe(b.next());
  });

  it("rejects an unknown generator with a RandomError naming the parameter", () => {
    expect(() => createStream("s", "mersenne" as never)).toThrowError(/generator/);
    expect(() => createStream("s", "mersenne" as never)).toThrowError(RandomError);
  });
});

describe("RandomStreams", () => {
  it("returns the same stream object for the same name", () => {
    const streams = new RandomStreams(42);
    expect(streams.stream("arrivals")).toBe(streams.stream("arrivals"));
    expect(streams.names()).toEqual(["arrivals"]);
  });

  it("different names give different sequences", () => {
    const streams = new RandomStreams(42);
    expect(draw(streams.stream("arrivals"), 10)).not.toEqual(draw(streams.stream("customs"), 10));
  });

  it("equal master seed and replication give identical named streams", () => {
    const a = new RandomStreams("master", 3).stream("customs");
    const b = new RandomStreams("master", 3).stream("customs");
    expect(a.seed).toBe("gatesim/master/3/customs");
    expect(draw(a, 20)).toEqual(draw(b, 20));
  });

  it("replications and master seeds give different sequences", () => {
    const base = new RandomStreams(7);
    const seqs = [
      draw(base.stream("arrivals"), 5),
      draw(base.replication(1).stream("arrivals"), 5),
      draw(new RandomStreams(8).stream("arrivals"), 5),
    ];
    expect(new Set(seqs.map((s) => s.join(","))).size).toBe(3);
    expect(base.replication(1).replicationIndex).toBe(1);
  });

  it("replication(k) starts fresh streams even for the same k", () => {
    const streams = new RandomStreams(7, 2);
    const first = streams.stream("a").next();
    expect(streams.replication(2).stream("a").next()).toBe(first);
  });

  it("seeds of distinct (master, name) pairs never collide, even with separators in names", () => {
    expect(new RandomStreams("a/0/b").stream("c").seed).not.toBe(
      new RandomStreams("a").stream("b/0/c").seed,
    );
  });

  it("the generator option reaches every substream", () => {
    const streams = new RandomStreams(1, 0, { generator: "xor4096" });
    expect(streams.stream("x").generator).toBe("xor4096");
    expect(streams.replication(4).stream("x").generator).toBe("xor4096");
  });

  it("common random numbers: creation order and interleaving never change any stream", () => {
    const seed = 20240611;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 200 }),
        fc.nat({ max: 3 }),
        (names, schedule, replication) => {
          const counts = new Map<string, number>(names.map((n) => [n, 0]));
          const mixed = new RandomStreams(seed, replication);
          const observed = new Map<string, number[]>(names.map((n) => [n, []]));
          for (const pick of schedule) {
            const name = names[pick % names.length] as string;
            observed.get(name)?.push(mixed.stream(name).next());
            counts.set(name, (counts.get(name) ?? 0) + 1);
          }
          for (const name of [...names].reverse()) {
            const alone = new RandomStreams(seed, replication).stream(name);
            expect(observed.get(name), `seed=${seed} name=${name}`).toEqual(
              draw(alone, counts.get(name) ?? 0),
            );
          }
        },
      ),
      { seed, numRuns: 100 },
    );
  });

  it("rejects a negative or fractional replication and an empty name with RandomError", () => {
    expect(() => new RandomStreams(1, -1)).toThrowError(/replication: expected an integer >= 0/);
    expect(() => new RandomStreams(1).replication(1.5)).toThrowError(/replication/);
    expect(() => new RandomStreams(1).stream("")).toThrowError(/name: expected a non-empty string/);
    expect(() => new RandomStreams(Number.NaN)).toThrowError(/masterSeed/);
    expect(() => new RandomStreams("")).toThrowError(RandomError);
  });
});
