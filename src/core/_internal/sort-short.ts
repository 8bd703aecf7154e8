/** Longer arrays go to `Array.prototype.sort`. */
const SHORT = 32;

/**
 * Sorts an array in place, stably, as `Array.prototype.sort` does; up to 32 items by insertion,
 * which needs no work arrays. A planner sorts the few items of each customer 100,000s of times,
 * and the built-in sort's allocations were a tenth of a plan's garbage.
 */
export function sortShort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SHORT) return items.sort(compare);
  for (let i = 1; i < items.length; i += 1) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j -= 1;
    }
    items[j + 1] = item;
  }
  return items;
}
