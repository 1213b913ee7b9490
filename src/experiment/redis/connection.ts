/**
 * The Redis connection of the queue backend: the URL is checked once, shown only redacted (a
 * password never reaches a log, an error or a report), and opened with ioredis.
 */
import { Redis } from "ioredis";

/** The schemes a connection URL may use: plain TCP, or TLS with `rediss:`. */
const SCHEMES = new Set(["redis:", "rediss:"]);

/**
 * Why `url` is not a usable Redis URL, or null when it is.
 *
 * @example redisUrlProblem("http://localhost:6379") // "a redis:// or rediss:// URL, e.g. redis://:password@host:6379"
 * @example redisUrlProblem("redis://127.0.0.1:6379") // null
 */
export function redisUrlProblem(url: unknown): string | null {
  const expected = "a redis:// or rediss:// URL, e.g. redis://:password@host:6379";
  if (typeof url !== "string") return expected;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return expected;
  }
  if (!SCHEMES.has(parsed.protocol) || parsed.hostname === "") return expected;
  return null;
}

/**
 * The URL as it may be shown: the password replaced by `***` (the user name stays). A value
 * that is not a URL is shown as `(not a URL)`, since it may be a password typed in the wrong
 * place.
 *
 * @example redactRedisUrl("redis://:s3cret@db.example:6379/0") // "redis://:***@db.example:6379/0"
 * @example redactRedisUrl("redis://127.0.0.1:6379") // "redis://127.0.0.1:6379"
 */
export function redactRedisUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "(not a URL)";
  }
  if (parsed.password !== "") parsed.password = "***";
  return parsed.href.replace(/\/$/, "");
}

/**
 * `text` with the URL's password (raw and URL-decoded) and the URL itself replaced by their
 * redacted forms: for messages that come from elsewhere (a Redis client, a model's error).
 *
 * @example scrubSecret("auth s3cret failed", "redis://:s3cret@h:6379") // "auth *** failed"
 */
export function scrubSecret(text: string, url: string): string {
  let out = text.split(url).join(redactRedisUrl(url));
  let password = "";
  try {
    password = new URL(url).password;
  } catch {
    return out.split(url).join("***");
  }
  if (password === "") return out;
  for (const secret of new Set([password, safeDecode(password)])) {
    if (secret.length > 0) out = out.split(secret).join("***");
  }
  return out;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** How a connection behaves when Redis goes away. */
export interface RedisConnectionOptions {
  /** Keep retrying forever (a worker) or stop after the first failed connect (a dispatcher's first connect). */
  readonly retry: "forever" | "after-first-ready";
}

/**
 * An ioredis client for `url` (not yet connected: call `connect()`). BullMQ needs
 * `maxRetriesPerRequest: null` (commands wait for a reconnect instead of failing). With
 * `after-first-ready`, a server that cannot be reached at the first connect fails at once
 * (nothing to resume), while a connection lost later is retried every second at most.
 */
export function openRedis(url: string, options: RedisConnectionOptions): Redis {
  let everReady = false;
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: null,
    enableAutoPipelining: true,
    retryStrategy: (times) => {
      if (options.retry === "after-first-ready" && !everReady) return null;
      return Math.min(100 * times, 1000);
    },
  });
  client.on("ready", () => {
    everReady = true;
  });
  return client;
}
