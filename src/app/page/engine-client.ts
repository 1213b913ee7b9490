/// <reference lib="dom" />
/**
 * The page's side of the engine worker: one request at a time per worker, answered by a
 * promise; progress messages go to a callback. The worker's code is inlined in the page and
 * started from a Blob URL, so the page works from file:// with no network.
 */
import type { Reply, Request } from "../protocol.js";

/** A request without its id (the client numbers them). */
export type Ask = Request extends infer R ? (R extends Request ? Omit<R, "id"> : never) : never;

/** The final reply of a request (not a progress message). */
export type Answer = Exclude<Reply, { type: "progress" }>;

/** A worker running the engine. */
export class EngineClient {
  private readonly worker: Worker;
  private next = 1;
  private readonly pending = new Map<
    number,
    { resolve: (reply: Answer) => void; onProgress?: (done: number, total: number | null) => void }
  >();

  constructor(url: string) {
    this.worker = new Worker(url, { name: "gatesim-engine" });
    this.worker.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const waiting = this.pending.get(reply.id);
      if (waiting === undefined) return;
      if (reply.type === "progress") {
        waiting.onProgress?.(reply.done, reply.total);
        return;
      }
      this.pending.delete(reply.id);
      waiting.resolve(reply);
    };
    this.worker.onerror = (event) => {
      const message = `the engine stopped: ${event.message}`;
      for (const [id, waiting] of this.pending) waiting.resolve({ id, type: "error", message });
      this.pending.clear();
    };
  }

  /** Sends a request; resolves with the worker's final reply. */
  ask(request: Ask, onProgress?: (done: number, total: number | null) => void): Promise<Answer> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.pending.set(id, onProgress === undefined ? { resolve } : { resolve, onProgress });
      this.worker.postMessage({ ...request, id } as Request);
    });
  }
}

/** The worker's source, inlined by the build (scripts/build-app.mjs). */
declare const GATESIM_WORKER_SOURCE: string;

/** A Blob URL of the inlined worker source. */
export function workerUrl(): string {
  return URL.createObjectURL(new Blob([GATESIM_WORKER_SOURCE], { type: "text/javascript" }));
}

/** Downloads `text` as a file named `name` (a Blob URL, no server). */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
