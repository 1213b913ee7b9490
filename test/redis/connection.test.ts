import { describe, expect, it } from "vitest";
import {
  createRunner,
  ExperimentError,
  redactRedisUrl,
  redisUrlProblem,
  scrubSecret,
} from "../../src/experiment/index.js";

describe("the Redis connection URL", () => {
  it("is shown with its password redacted, the user name and the rest kept", () => {
    expect(redactRedisUrl("redis://:s3cret@db.example:6379/2")).toBe(
      "redis://:***@db.example:6379/2",
    );
    expect(redactRedisUrl("rediss://study:p%40ss@db.example:6380")).toBe(
      "rediss://study:***@db.example:6380",
    );
    expect(redactRedisUrl("redis://127.0.0.1:6379")).toBe("redis://127.0.0.1:6379");
    expect(redactRedisUrl("s3cret")).toBe("(not a URL)");
  });

  it("is scrubbed from other messages, raw and URL-decoded", () => {
    const url = "redis://study:p%40ss-word@db.example:6379";
    const text = `connect to ${url} failed: WRONGPASS for p@ss-word (p%40ss-word)`;
    const scrubbed = scrubSecret(text, url);
    expect(scrubbed).not.toContain("p@ss-word");
    expect(scrubbed).not.toContain("p%40ss-word");
    expect(scrubbed).toContain("redis://study:***@db.example:6379");
  });

  it("must be redis:// or rediss:// with a host", () => {
    expect(redisUrlProblem("redis://127.0.0.1:6379")).toBeNull();
    expect(redisUrlProblem("rediss://h:6380")).toBeNull();
    for (const bad of ["http://h:6379", "redis://", "127.0.0.1:6379", 6379, undefined]) {
      expect(redisUrlProblem(bad)).toContain("redis://");
    }
  });
});

describe("createRunner with backend redis", () => {
  it("lists every bad option at once, the URL redacted, before connecting anywhere", () => {
    let error: unknown;
    try {
      createRunner({
        backend: "redis",
        connection: "http://:hunter2@db.example:6379",
        model: { modulePath: "./model.js", exportName: "" },
        pollMilliseconds: 0,
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExperimentError);
    const failure = error as ExperimentError;
    expect(failure.code).toBe("INVALID_OPTION");
    expect(failure.issues.map((issue) => issue.path)).toEqual([
      "connection",
      "model.modulePath",
      "model.exportName",
      "pollMilliseconds",
    ]);
    expect(failure.message).toContain("http://:***@db.example:6379");
    expect(failure.message).not.toContain("hunter2");
  });
});

describe("a queue worker's job handler", () => {
  it("refuses a job sent by another gatesim version, naming both", async () => {
    const { default: processReplication } = await import("../../src/experiment/redis/processor.js");
    const { encodeValue, PACKAGE_VERSION } = await import("../../src/experiment/redis/job.js");
    const data = {
      version: "0.0.0-elsewhere",
      run: "r",
      index: 0,
      model: { modulePath: "gatesim", exportName: "gateModel" },
      setup: [],
      task: encodeValue({ config: {}, seed: "s", replication: 0 }),
    };
    await expect(processReplication({ data })).rejects.toThrow(
      `this worker runs gatesim ${PACKAGE_VERSION} but the run was sent by gatesim 0.0.0-elsewhere`,
    );
    expect(PACKAGE_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});
