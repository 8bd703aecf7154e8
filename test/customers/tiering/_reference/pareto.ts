/**
 * A slow, obviously-correct Pareto classifier: sort with a plain comparator, and for each customer
 * compare its cumulative share with each cut-off as exact fractions (cross-multiplied bigints).
 */
export interface RefRow {
  readonly id: string;
  readonly value: number;
}

export function referencePareto(
  rows: readonly RefRow[],
  classes: readonly string[],
  cutoffPercents: readonly number[],
  boundary: "cumulativeAtMost" | "crossingInUpper",
): Map<string, string> {
  const sorted = [...rows].sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const total = BigInt(sorted.reduce((sum, r) => sum + r.value, 0));
  const out = new Map<string, string>();
  let cumulative = 0n;
  for (const row of sorted) {
    const before = cumulative;
    cumulative += BigInt(row.value);
    let klass = classes[classes.length - 1] as string;
    if (row.value > 0) {
      for (const [k, percent] of cutoffPercents.entries()) {
        // share ≤ p/100  ⇔  100·cum ≤ p·total (p an integer percentage in these tests)
        const p = BigInt(percent);
        const inside =
          boundary === "cumulativeAtMost" ? 100n * cumulative <= p * total : 100n * before < p * total;
        if (inside) {
          klass = classes[k] as string;
          break;
        }
      }
    }
    out.set(row.id, klass);
  }
  return out;
}
