/** The run length every validation model shares, and its checks (not a test file itself). */

/** Run length shared by every model: customers discarded, then customers measured. */
export interface RunLength {
  /** Customers whose statistics are discarded (initial-transient deletion), >= 0. */
  readonly warmupCustomers: number;
  /** Customers measured after the warm-up, >= 1. */
  readonly customers: number;
}

/** Throws unless the warm-up is an integer >= 0 and the measured count an integer >= 1. */
export function checkRunLength(api: string, run: RunLength): void {
  if (!(Number.isInteger(run.warmupCustomers) && run.warmupCustomers >= 0)) {
    throw new Error(
      `${api}: warmupCustomers expected an integer >= 0, received ${run.warmupCustomers}`,
    );
  }
  if (!(Number.isInteger(run.customers) && run.customers >= 1)) {
    throw new Error(`${api}: customers expected an integer >= 1, received ${run.customers}`);
  }
}

/** Throws unless the run was stopped by the model once every measured customer left. */
export function expectStopped(api: string, reason: string): void {
  if (reason !== "stopped") {
    throw new Error(
      `${api}: expected the run to stop once every measured customer left, it ended with "${reason}"`,
    );
  }
}
