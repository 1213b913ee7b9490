/**
 * Minimal types for the parts of `jstat` (CommonJS, untyped) that the stats layer uses.
 * Imported only by `confidence.ts`.
 */
declare module "jstat" {
  interface StudentT {
    /** Inverse CDF (quantile) of Student's t with `dof` degrees of freedom. */
    inv(p: number, dof: number): number;
    /** CDF of Student's t with `dof` degrees of freedom. */
    cdf(x: number, dof: number): number;
  }
  interface JStatStatic {
    studentt: StudentT;
  }
  const jstatPkg: { jStat: JStatStatic };
  export default jstatPkg;
}
