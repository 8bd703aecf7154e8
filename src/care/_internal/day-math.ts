import { offsetAt } from "../../calendar/_internal/zone-offsets.js";
import { cached } from "../../core/_internal/cached.js";
import {
  civilDateOf,
  dayNumberOf,
  daysInMonth,
  formatDayNumber,
  isLeapYear,
  MS_PER_DAY,
} from "../../core/_internal/days.js";

/** A memoised `YYYY-MM-DD` formatter for one plan (a plan formats few distinct dates, many times). */
export function makeDayFormatter(): (dayNumber: number) => string {
  const known = new Map<number, string>();
  return (dayNumber) => cached(known, dayNumber, formatDayNumber);
}

/** How a 29 February date is observed in a common year. */
export type LeapDayRule = "feb28" | "mar1";

/**
 * Day number of month/day in `year`; a 29 February in a common year falls on 28 February or
 * 1 March by `leapDay`, and `adjusted` says so.
 */
export function annualDay(
  year: number,
  month: number,
  day: number,
  leapDay: LeapDayRule,
): { readonly day: number; readonly adjusted: boolean } {
  if (month === 2 && day === 29 && !isLeapYear(year)) {
    const observed = leapDay === "feb28" ? { month: 2, day: 28 } : { month: 3, day: 1 };
    return { day: dayNumberOf({ year, ...observed }), adjusted: true };
  }
  return { day: dayNumberOf({ year, month, day }), adjusted: false };
}

/** The date `months` months after a day number, the day of month clamped to the month's end. */
export function addMonthsClamped(dayNumber: number, months: number): number {
  const { year, month, day } = civilDateOf(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayNumberOf({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Whole months from the first day number's month to the second's (ignoring the days). */
export function monthsBetween(a: number, b: number): number {
  const x = civilDateOf(a);
  const y = civilDateOf(b);
  return (y.year - x.year) * 12 + (y.month - x.month);
}

/** The local date (day number) of an instant on a zone's wall clock. */
export function localDayOf(zone: string, ms: number): number {
  return Math.floor((ms + offsetAt(zone, ms)) / MS_PER_DAY);
}
