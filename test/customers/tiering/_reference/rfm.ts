/**
 * A slow, obviously-correct RFM scorer: for each customer count, by a full scan, the customers
 * strictly worse on each dimension, and score 1 + ⌊bins · worse / n⌋.
 */
export interface RefRfm {
  readonly id: string;
  readonly recency: number;
  readonly frequency: number;
  readonly monetary: number;
}

export function referenceRfm(rows: readonly RefRfm[], bins: number): Map<string, [number, number, number]> {
  const n = rows.length;
  const score = (worse: number) => 1 + Math.floor((bins * worse) / n);
  return new Map(
    rows.map((row) => [
      row.id,
      [
        score(rows.filter((o) => o.recency > row.recency).length),
        score(rows.filter((o) => o.frequency < row.frequency).length),
        score(rows.filter((o) => o.monetary < row.monetary).length),
      ],
    ]),
  );
}
