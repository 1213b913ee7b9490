/**
 * The what-if in the URL fragment: `#w=<base64url of the JSON of { scenario, seed,
 * replications }>`, so a link reproduces the scenario and the run settings exactly.
 */

/** What a link carries. */
export interface LinkState {
  /** The edited scenario (possibly invalid: the link keeps what the planner typed). */
  readonly scenario: unknown;
  /** The master seed. */
  readonly seed: string;
  /** Replications per run. */
  readonly replications: number;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The fragment (with `#`) of a state. */
export function encodeState(state: LinkState): string {
  return `#w=${toBase64Url(JSON.stringify(state))}`;
}

/** The state in a fragment, null when there is none, an Error message when it cannot be read. */
export function decodeState(hash: string): LinkState | null | string {
  if (!hash.startsWith("#w=")) return null;
  try {
    const value = JSON.parse(fromBase64Url(hash.slice(3))) as Partial<LinkState>;
    if (value === null || typeof value !== "object" || !("scenario" in value)) {
      return "the link's fragment holds no scenario";
    }
    return {
      scenario: value.scenario,
      seed: typeof value.seed === "string" ? value.seed : "1",
      replications: typeof value.replications === "number" ? value.replications : 10,
    };
  } catch (error) {
    return `the link's fragment cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}
