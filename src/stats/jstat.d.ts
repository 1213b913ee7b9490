/**
 * Minimal types for the parts of `jstat` (CommonJS, untyped) that the stats layer uses.
 * Imported by `confidence.ts`, and by tests as an independent reference.
 */
declare module "jstat" {
  interface StudentT {
    /** Inverse CDF (quantile) of Student's t with `dof` degrees of freedom. */
    inv(p: number, dof: number): number;
    /** CDF of Student's t with `dof` degrees of freedom. */
    cdf(x: number, dof: number): number;
  }
  interface Normal {
    /** Inverse CDF (quantile) of the normal law with the given mean and standard deviation. */
    inv(p: number, mean: number, sd: number): number;
  }
  interface JStatStatic {
    studentt: StudentT;
    normal: Normal;
  }
  const jstatPkg: { jStat: JStatStatic };
  export default jstatPkg;
}
