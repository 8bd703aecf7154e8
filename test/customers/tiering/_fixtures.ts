/**
 * A hand-checked dataset of 20 customers of a residential developer's service centre. Values are
 * in thousands of yuan and sum to exactly 1,000, so every cumulative share is easy to read:
 *
 * | id  | value | cum. | share | freq. | recency (days) | potential |
 * |-----|------:|-----:|------:|------:|---------------:|----------:|
 * | C01 |   300 |  300 |  30.0 |    12 |              5 |        90 |
 * | C02 |   200 |  500 |  50.0 |    10 |             10 |        40 |
 * | C03 |   150 |  650 |  65.0 |    10 |              3 |        70 |
 * | C04 |   100 |  750 |  75.0 |     8 |             30 |        20 |
 * | C05 |    50 |  800 |  80.0 |     6 |             20 |        85 |
 * | C06 |    40 |  840 |  84.0 |     6 |             60 |        95 |
 * | C07 |    30 |  870 |  87.0 |     5 |             45 |        10 |
 * | C08 |    30 |  900 |  90.0 |     5 |             90 |        60 |
 * | C09 |    25 |  925 |  92.5 |     4 |             15 |        75 |
 * | C10 |    25 |  950 |  95.0 |     4 |            120 |        30 |
 * | C11 |    10 |  960 |  96.0 |     3 |            200 |        88 |
 * | C12 |    10 |  970 |  97.0 |     3 |              7 |        50 |
 * | C13 |     8 |  978 |  97.8 |     3 |            365 |         5 |
 * | C14 |     7 |  985 |  98.5 |     2 |             30 |        65 |
 * | C15 |     5 |  990 |  99.0 |     2 |            400 |        45 |
 * | C16 |     4 |  994 |  99.4 |     2 |            180 |        15 |
 * | C17 |     3 |  997 |  99.7 |     1 |            250 |        92 |
 * | C18 |     2 |  999 |  99.9 |     1 |            500 |        35 |
 * | C19 |     1 | 1000 | 100.0 |     1 |             60 |        55 |
 * | C20 |     0 | 1000 | 100.0 |     0 |            720 |        80 |
 *
 * The cumulative column was added by hand; C07/C08, C09/C10 and C11/C12 tie on value (ranked by id).
 */
const ROWS = [
  ["C01", 300, 12, 5, 90],
  ["C02", 200, 10, 10, 40],
  ["C03", 150, 10, 3, 70],
  ["C04", 100, 8, 30, 20],
  ["C05", 50, 6, 20, 85],
  ["C06", 40, 6, 60, 95],
  ["C07", 30, 5, 45, 10],
  ["C08", 30, 5, 90, 60],
  ["C09", 25, 4, 15, 75],
  ["C10", 25, 4, 120, 30],
  ["C11", 10, 3, 200, 88],
  ["C12", 10, 3, 7, 50],
  ["C13", 8, 3, 365, 5],
  ["C14", 7, 2, 30, 65],
  ["C15", 5, 2, 400, 45],
  ["C16", 4, 2, 180, 15],
  ["C17", 3, 1, 250, 92],
  ["C18", 2, 1, 500, 35],
  ["C19", 1, 1, 60, 55],
  ["C20", 0, 0, 720, 80],
] as const;

export const TWENTY = ROWS.map(([id, value, frequency, recency, potential]) => ({
  id,
  value,
  frequency,
  recency,
  monetary: value,
  current: value,
  potential,
}));

/** The same customers in a scrambled order (order independence). */
export const TWENTY_SHUFFLED = [...TWENTY].sort(
  (a, b) => ((a.potential * 7) % 11) - ((b.potential * 7) % 11),
);

export const ids = (list: readonly { readonly id: string }[]) => list.map((x) => x.id);

/** `C01`…`C20` from a range, e.g. `range(1, 5)` → C01–C05. */
export const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `C${String(from + i).padStart(2, "0")}`);
