import type { MeanEstimate, NetScoreEstimate, ProportionEstimate } from "../metric-types.js";

/**
 * Wilson score interval of k successes in n > 0 trials:
 * (p + z²/2n ∓ z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n), exactly 0 at k = 0 and 1 at k = n.
 */
export function wilsonBounds(k: number, n: number, z: number): { lower: number; upper: number } {
  const p = k / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  const lower = k === 0 ? 0 : Math.min(p, Math.max(0, (centre - spread) / denominator));
  const upper = k === n ? 1 : Math.max(p, Math.min(1, (centre + spread) / denominator));
  return { lower, upper };
}

/** A proportion k/n (n > 0) with its Wilson interval. */
export function proportion(k: number, n: number, z: number): ProportionEstimate {
  return { count: k, total: n, share: k / n, ...wilsonBounds(k, n, z) };
}

/**
 * Net score %positive − %negative with the adjusted-Wald interval (Rocks 2016): add 3/4 to the
 * positives and to the negatives and 3 to n, then d' ± z·√((p₊′ + p₋′ − d′²)/n′), clamped to ±100.
 */
export function netScore(positive: number, negative: number, n: number, z: number): NetScoreEstimate {
  const adjustedN = n + 3;
  const pPlus = (positive + 0.75) / adjustedN;
  const pMinus = (negative + 0.75) / adjustedN;
  const centre = pPlus - pMinus;
  const standardError = Math.sqrt(Math.max(0, pPlus + pMinus - centre * centre) / adjustedN);
  return {
    n,
    value: (100 * (positive - negative)) / n,
    lower: Math.max(-100, 100 * (centre - z * standardError)),
    upper: Math.min(100, 100 * (centre + z * standardError)),
    standardError: 100 * standardError,
  };
}

/** Mean and sample standard deviation of values weighted by counts; n > 0. */
export function histogramMean(
  counts: readonly number[],
  values: readonly number[],
): { n: number; mean: number; sd: number } {
  let n = 0;
  let sum = 0;
  for (const [code, count] of counts.entries()) {
    n += count;
    sum += count * (values[code] ?? 0);
  }
  const mean = sum / n;
  let squares = 0;
  for (const [code, count] of counts.entries()) {
    const deviation = (values[code] ?? 0) - mean;
    squares += count * deviation * deviation;
  }
  return { n, mean, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0 };
}

/** Mean with a normal interval mean ± z·s/√n, clipped to [min, max]. */
export function meanEstimate(
  counts: readonly number[],
  values: readonly number[],
  z: number,
  min: number,
  max: number,
): MeanEstimate {
  const { n, mean, sd } = histogramMean(counts, values);
  const half = (z * sd) / Math.sqrt(n);
  const clipped = Math.min(max, Math.max(min, mean));
  return {
    n,
    mean: clipped,
    standardDeviation: sd,
    lower: Math.max(min, Math.min(clipped, mean - half)),
    upper: Math.min(max, Math.max(clipped, mean + half)),
  };
}

/** Sum of counts over codes [from, to). */
export function countRange(counts: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let code = from; code < to; code += 1) total += counts[code] ?? 0;
  return total;
}
