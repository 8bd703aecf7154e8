/** Flattened spans `[start0, end0, start1, end1, …]`: the shape every span list here has. */

/** Sorts and merges flattened spans; touching spans become one. */
export function mergeSpans(spans: readonly number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < spans.length; i += 2) pairs.push([spans[i] ?? 0, spans[i + 1] ?? 0]);
  pairs.sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [start, end] of pairs) {
    const last = merged.length - 1;
    if (last > 0 && start <= (merged[last] ?? 0)) merged[last] = Math.max(merged[last] ?? 0, end);
    else merged.push(start, end);
  }
  return merged;
}

/** Merged spans minus merged closures (both flattened and sorted). */
export function subtractSpans(spans: readonly number[], closures: readonly number[]): number[] {
  if (closures.length === 0) return [...spans];
  const result: number[] = [];
  for (let i = 0; i < spans.length; i += 2) {
    let start = spans[i] ?? 0;
    const end = spans[i + 1] ?? 0;
    for (let c = firstClosureEndingAfter(closures, start); c < closures.length && start < end; c += 2) {
      const closedFrom = closures[c] ?? 0;
      const closedTo = closures[c + 1] ?? 0;
      if (closedFrom >= end) break;
      if (closedFrom > start) result.push(start, closedFrom);
      start = Math.max(start, closedTo);
    }
    if (start < end) result.push(start, end);
  }
  return result;
}

/** Index (even) of the first closure whose end is after `t`. */
function firstClosureEndingAfter(closures: readonly number[], t: number): number {
  let [lo, hi] = [0, closures.length / 2];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((closures[mid * 2 + 1] ?? 0) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2;
}
