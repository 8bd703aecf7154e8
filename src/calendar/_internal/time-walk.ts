/** Working-time arithmetic on compiled years: every step is a binary search or a year's total. */
import type { CalendarEngine } from "./engine.js";
import { FIRST_YEAR, HORIZON_YEARS, LAST_YEAR, utcYearOf } from "./range.js";
import { instantAtWorked, lastIndexAtOrBefore, workedBefore } from "./search.js";

/** Why a search stopped without an answer. */
export type SearchFailure = "horizon_exceeded" | "out_of_range";

/** A forward search from `firstYear` that found nothing: it hit the range's end or the horizon. */
export function forwardFailure(firstYear: number): SearchFailure {
  return firstYear + HORIZON_YEARS > LAST_YEAR ? "out_of_range" : "horizon_exceeded";
}

/** The earliest t ≥ start whose working time in [start, t) is `duration` ms. */
export function addWorkingMs(
  engine: CalendarEngine,
  start: number,
  duration: number,
): number | SearchFailure {
  if (duration === 0) return start;
  const first = utcYearOf(start);
  const last = Math.min(first + HORIZON_YEARS, LAST_YEAR);
  let needed = duration;
  for (let y = first; y <= last; y += 1) {
    const year = engine.yearSpans(y);
    const done = y === first ? workedBefore(year, start) : 0;
    if (needed <= year.total - done) return instantAtWorked(year, done + needed);
    needed -= year.total - done;
  }
  return forwardFailure(first);
}

/** Working ms in [a, b); the negative of [b, a) when b < a. */
export function workedBetween(engine: CalendarEngine, a: number, b: number): number {
  if (b < a) return 0 - workedBetween(engine, b, a); // never -0
  const [ya, yb] = [utcYearOf(a), utcYearOf(b)];
  const yearA = engine.yearSpans(ya);
  if (ya === yb) return workedBefore(yearA, b) - workedBefore(yearA, a);
  let total = yearA.total - workedBefore(yearA, a);
  for (let y = ya + 1; y < yb; y += 1) total += engine.yearSpans(y).total;
  return total + workedBefore(engine.yearSpans(yb), b);
}

export function isWorkingMs(engine: CalendarEngine, t: number): boolean {
  const year = engine.yearSpans(utcYearOf(t));
  const i = lastIndexAtOrBefore(year.starts, t);
  return i >= 0 && t < (year.ends[i] ?? 0);
}

/** The first working instant at or after t. */
export function nextWorkingMs(engine: CalendarEngine, t: number): number | SearchFailure {
  const first = utcYearOf(t);
  const last = Math.min(first + HORIZON_YEARS, LAST_YEAR);
  for (let y = first; y <= last; y += 1) {
    const year = engine.yearSpans(y);
    const i = y === first ? lastIndexAtOrBefore(year.starts, t) : -1;
    if (i >= 0 && t < (year.ends[i] ?? 0)) return t;
    const next = year.starts[i + 1];
    if (next !== undefined) return next;
  }
  return forwardFailure(first);
}

/** The latest working instant strictly before t (so it + 1 ms ends a stretch of work, or is t). */
export function lastWorkingMsBefore(engine: CalendarEngine, t: number): number | SearchFailure {
  const first = utcYearOf(t - 1);
  const last = Math.max(first - HORIZON_YEARS, FIRST_YEAR);
  for (let y = first; y >= last; y -= 1) {
    const year = engine.yearSpans(y);
    const i = y === first ? lastIndexAtOrBefore(year.starts, t - 1) : year.starts.length - 1;
    if (i >= 0) return Math.min(t, year.ends[i] ?? 0) - 1;
  }
  return first - HORIZON_YEARS < FIRST_YEAR ? "out_of_range" : "horizon_exceeded";
}
