import type { YearSpans } from "./engine.js";

/** Largest i with values[i] ≤ t, or -1. */
export function lastIndexAtOrBefore(values: Float64Array | Int32Array, t: number): number {
  let [lo, hi] = [0, values.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Working milliseconds in [year.yearStart, t) for t within the year. */
export function workedBefore(year: YearSpans, t: number): number {
  const i = lastIndexAtOrBefore(year.starts, t);
  if (i < 0) return 0;
  return (year.before[i] ?? 0) + Math.min(t, year.ends[i] ?? 0) - (year.starts[i] ?? 0);
}

/** Smallest t with workedBefore(year, t) = target, for 0 < target ≤ year.total. */
export function instantAtWorked(year: YearSpans, target: number): number {
  // First span whose cumulative end reaches the target.
  let [lo, hi] = [0, year.starts.length - 1];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const reached = (year.before[mid] ?? 0) + (year.ends[mid] ?? 0) - (year.starts[mid] ?? 0);
    if (reached >= target) hi = mid;
    else lo = mid + 1;
  }
  return (year.starts[lo] ?? 0) + target - (year.before[lo] ?? 0);
}
