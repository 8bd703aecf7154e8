import type { KeyDriverAnalysis } from "../analyze-key-drivers.js";
import { correlations, symmetricEigen } from "./linear-algebra.js";

/**
 * Correlations, standardised regression weights and Johnson's (2000) relative weights of
 * complete rows. Collinear drivers are handled with the pseudo-inverse: eigenvalues below
 * 1e-10·p of the correlation matrix are dropped, so identical drivers share their weight equally.
 */
export function keyDrivers(
  ids: readonly string[],
  columns: readonly Float64Array[],
  y: Float64Array,
  minSample: number,
): KeyDriverAnalysis {
  const p = ids.length;
  const { matrix, withY } = correlations(columns, y);
  const { values, vectors } = symmetricEigen(matrix);
  const tolerance = 1e-10 * p * Math.max(1, ...values);
  const kept = values.map((value, k) => ({ value, k })).filter(({ value }) => value > tolerance);
  const column = (k: number) => vectors.map((row) => row[k] ?? 0);
  // β* = R^{-1/2} r (coefficients on the orthogonal counterparts), Λ = R^{1/2}.
  const projections = kept.map(({ value, k }) => {
    const v = column(k);
    const along = v.reduce((sum, vi, i) => sum + vi * (withY[i] ?? 0), 0);
    return { value, v, along };
  });
  const beta = Array.from({ length: p }, (_, j) =>
    projections.reduce((sum, { value, v, along }) => sum + ((v[j] ?? 0) * along) / value, 0),
  );
  const starBeta = Array.from({ length: p }, (_, m) =>
    projections.reduce((sum, { value, v, along }) => sum + ((v[m] ?? 0) * along) / Math.sqrt(value), 0),
  );
  const lambda = Array.from({ length: p }, (_, j) =>
    Array.from({ length: p }, (_, m) =>
      projections.reduce((sum, { value, v }) => sum + (v[j] ?? 0) * Math.sqrt(value) * (v[m] ?? 0), 0),
    ),
  );
  const raw = lambda.map((row) => row.reduce((sum, l, m) => sum + l * l * (starBeta[m] ?? 0) ** 2, 0));
  const rawTotal = raw.reduce((sum, w) => sum + w, 0);
  const rSquared = Math.min(
    1,
    Math.max(
      0,
      withY.reduce((sum, r, j) => sum + r * (beta[j] ?? 0), 0),
    ),
  );
  // Scale so the weights sum to R² exactly as reported (they agree up to rounding).
  const weights = raw.map((w) => (rawTotal > 0 ? (Math.max(0, w) * rSquared) / rawTotal : 0));
  const order = ids.map((_, j) => j).sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b);
  const rankOf = new Map(order.map((j, rank) => [j, rank + 1]));
  return {
    n: y.length,
    rSquared,
    collinear: Math.min(...values) < 1e-6,
    smallSample: y.length < minSample,
    drivers: ids.map((id, j) => ({
      id,
      correlation: withY[j] ?? 0,
      beta: beta[j] ?? 0,
      relativeWeight: weights[j] ?? 0,
      share: rSquared > 0 ? (weights[j] ?? 0) / rSquared : 0,
      rank: rankOf.get(j) ?? j + 1,
    })),
  };
}
