/** The instants a calendar answers for, and how far a search may go. */
import { MS_PER_DAY } from "../../core/_internal/days.js";

/** First and last UTC year a calendar answers for (instants in [1970-01-01, 2200-01-01) UTC). */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2199;
/** A search for working time (a deadline, the next working instant) looks this many years ahead. */
export const HORIZON_YEARS = 10;
/** No duration can be longer than the horizon itself. */
export const MAX_DURATION_MS = HORIZON_YEARS * 366 * MS_PER_DAY;
/** At most this many working days are added in one call. */
export const MAX_WORKING_DAYS = 2_600;

/** Start of each UTC year from FIRST_YEAR - 1 to LAST_YEAR + 2. */
const YEAR_STARTS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 4 }, (_, i) =>
  Date.UTC(FIRST_YEAR - 1 + i, 0, 1),
);

export const MIN_MS = utcYearStart(FIRST_YEAR);
export const MAX_MS = utcYearStart(LAST_YEAR + 1) - 1;

export function utcYearStart(year: number): number {
  return YEAR_STARTS[year - FIRST_YEAR + 1] ?? Date.UTC(year, 0, 1);
}

/** The UTC year of an instant in range. */
export function utcYearOf(ms: number): number {
  let year = FIRST_YEAR + Math.floor((ms - MIN_MS) / 31_556_952_000);
  while (ms < utcYearStart(year)) year -= 1;
  while (ms >= utcYearStart(year + 1)) year += 1;
  return year;
}

export function isInRange(ms: number): boolean {
  return ms >= MIN_MS && ms <= MAX_MS;
}
