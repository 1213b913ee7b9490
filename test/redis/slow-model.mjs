// A model for the queue tests, loaded by `gatesim worker` processes by its absolute path and by
// the tests themselves for the serial reference. Deterministic in (config, seed, replication);
// `draws` sets how long a replication takes. With `markDir`, each start of a replication is
// appended to markDir/starts.log as "replication pid" (so a test can kill the worker running
// it); with `throwAt`, that replication throws (a model bug).
import { appendFileSync } from "node:fs";
import { RandomStreams } from "../../dist/index.js";

export const slowModel = {
  name: "slow",
  run(config, seed, replication) {
    if (config.markDir !== undefined) {
      appendFileSync(`${config.markDir}/starts.log`, `${replication} ${process.pid}\n`);
    }
    if (replication === config.throwAt) {
      throw new Error(`model bug at replication ${replication}`);
    }
    const stream = new RandomStreams(seed, replication).stream("work");
    let sum = 0;
    let max = 0;
    for (let i = 0; i < config.draws; i++) {
      const u = stream.next();
      sum += u;
      if (u > max) max = u;
    }
    // values JSON would not keep: the queue must return what the serial runner returns
    return { replication, sum, max, tail: [Number.POSITIVE_INFINITY, -0], missing: undefined };
  },
};
