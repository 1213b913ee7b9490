/**
 * Names of the kernel cases, kept apart from their code so that a child process imports only
 * the case it runs (the stats layer alone adds ≈ 20 MB of RSS, which the hold model must not carry).
 */

/** Which calendar runs the hold model. */
export type HoldImpl = "gatesim" | "heap" | "tinyqueue";
export const HOLD_IMPLS: readonly HoldImpl[] = ["heap", "tinyqueue", "gatesim"];

/** How the M/M/c model is written (see kernel/mmc.ts). */
export type MmcVariant =
  | "callback"
  | "callback+alea"
  | "process"
  | "process+timeout"
  | "process+yield*";
export const MMC_VARIANTS: readonly MmcVariant[] = [
  "callback",
  "callback+alea",
  "process",
  "process+timeout",
  "process+yield*",
];
