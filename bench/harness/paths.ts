/** Where things are, resolved from this file so the harness works from any working directory. */
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root (the folder holding `bench/`), with a trailing slash. */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
