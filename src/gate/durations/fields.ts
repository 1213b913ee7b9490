/** Parameter schemas shared by the duration laws (seconds and shapes, bounded). */
import { z } from "zod";
import { MAX_SECONDS } from "./kind.js";

/** A duration in seconds, zero allowed. */
export const seconds = z.number().finite().nonnegative().max(MAX_SECONDS);
/** A positive duration in seconds. */
export const positiveSeconds = z.number().finite().positive().max(MAX_SECONDS);
/** A shape parameter of gamma and Weibull laws. */
export const shape = z.number().finite().min(0.05).max(1000);
