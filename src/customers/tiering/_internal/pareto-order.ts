import { compareIds } from "../../../core/_internal/compare.js";
import type { ParetoRecord } from "../classify-pareto.js";

const PACK = 2 ** 20; // > the 1,000,000 records a call may hold
const PACKABLE = 2 ** 33; // value · 2^20 + index stays an exact float64 below 2^53

/**
 * Indexes of `rows` by value descending, then id ascending. When every value is below 2^33, each
 * (value, index) pair is packed into one exact float64 and sorted natively (several times faster
 * than a comparator); runs of equal values are then re-sorted by id. Otherwise a comparator sort.
 */
export function sortedOrder(rows: readonly ParetoRecord[]): Uint32Array {
  const n = rows.length;
  const order = new Uint32Array(n);
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, (rows[i] as ParetoRecord).value);
  if (max >= PACKABLE) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => {
      const x = rows[a] as ParetoRecord;
      const y = rows[b] as ParetoRecord;
      return y.value - x.value || compareIds(x.id, y.id);
    });
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = -(rows[i] as ParetoRecord).value * PACK + i;
  keys.sort();
  for (let r = 0; r < n; r++) {
    const key = keys[r] as number;
    order[r] = key - Math.floor(key / PACK) * PACK;
  }
  sortRunsById(rows, order);
  return order;
}

/** Whether `order[start…end)` is already in id order (input sorted by id is common). */
function isSortedById(
  rows: readonly ParetoRecord[],
  order: Uint32Array,
  start: number,
  end: number,
): boolean {
  for (let i = start + 1; i < end; i++) {
    if ((rows[order[i - 1] as number] as ParetoRecord).id > (rows[order[i] as number] as ParetoRecord).id)
      return false;
  }
  return true;
}

const NATIVE_RUN = 32;

/**
 * Sorts `order[start…end)` by id. Long runs (ties are common: zero spend, round amounts) use the
 * engine's native string sort — the default `Array#sort` order is UTF-16 code-unit order, the
 * same as `compareIds` — and map the sorted ids back to rows (ids are unique by now).
 */
function sortRunById(rows: readonly ParetoRecord[], order: Uint32Array, start: number, end: number): void {
  if (end - start < NATIVE_RUN) {
    order
      .subarray(start, end)
      .sort((a, b) => compareIds((rows[a] as ParetoRecord).id, (rows[b] as ParetoRecord).id));
    return;
  }
  const ids = new Array<string>(end - start);
  const rowOf = new Map<string, number>();
  for (let i = start; i < end; i++) {
    const row = order[i] as number;
    const id = (rows[row] as ParetoRecord).id;
    ids[i - start] = id;
    rowOf.set(id, row);
  }
  ids.sort();
  for (let i = start; i < end; i++) order[i] = rowOf.get(ids[i - start] as string) as number;
}

/** Re-sorts, by id, each run of equal values in an order already sorted by value. */
function sortRunsById(rows: readonly ParetoRecord[], order: Uint32Array): void {
  const n = order.length;
  let start = 0;
  while (start < n) {
    const value = (rows[order[start] as number] as ParetoRecord).value;
    let end = start + 1;
    while (end < n && (rows[order[end] as number] as ParetoRecord).value === value) end++;
    if (end - start > 1 && !isSortedById(rows, order, start, end)) sortRunById(rows, order, start, end);
    start = end;
  }
}
