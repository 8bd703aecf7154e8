/** Working-date arithmetic: "within N working days" and its inverse, by binary search per year. */
import { civilDateOf } from "../../core/_internal/days.js";
import { type CalendarEngine, localDayOf } from "./engine.js";
import { HORIZON_YEARS, LAST_YEAR } from "./range.js";
import { lastIndexAtOrBefore } from "./search.js";
import { forwardFailure, type SearchFailure } from "./time-walk.js";

/** A working date: its day number and the end of the last working minute it owns. */
export interface WorkingDate {
  readonly day: number;
  readonly end: number;
}

const yearOfDay = (day: number) => civilDateOf(day).year;

/** The n-th working date after `day` (n ≥ 1; `day` itself does not count). */
export function nthWorkingDateAfter(
  engine: CalendarEngine,
  day: number,
  n: number,
): WorkingDate | SearchFailure {
  const first = yearOfDay(day);
  const last = Math.min(first + HORIZON_YEARS, LAST_YEAR + 1);
  let remaining = n;
  for (let y = first; y <= last; y += 1) {
    const dates = engine.yearDates(y);
    const from = y === first ? lastIndexAtOrBefore(dates.days, day) + 1 : 0;
    const available = dates.days.length - from;
    if (remaining <= available) {
      const i = from + remaining - 1;
      return { day: dates.days[i] ?? 0, end: dates.ends[i] ?? 0 };
    }
    remaining -= available;
  }
  return forwardFailure(first);
}

/** "Within N working days of t": the end of the N-th working date after t's local date. */
export function addWorkingDaysMs(engine: CalendarEngine, t: number, days: number): number | SearchFailure {
  const found = nthWorkingDateAfter(engine, localDayOf(engine, t), days);
  return typeof found === "string" ? found : found.end;
}

/** The working date `day`, if it is one. */
export function workingDate(engine: CalendarEngine, day: number): WorkingDate | undefined {
  const dates = engine.yearDates(yearOfDay(day));
  const i = lastIndexAtOrBefore(dates.days, day);
  return i >= 0 && dates.days[i] === day ? { day, end: dates.ends[i] ?? 0 } : undefined;
}

/**
 * The largest N ≥ 0 whose N-th working date after `fromDay` ends at or before `to`. Only working
 * dates up to `toDay` (the local date of `to`) can qualify, and every one more than two dates
 * before `toDay` does (its work ends before `toDay` begins), so only the last few need checking.
 */
export function workingDatesEndedBy(
  engine: CalendarEngine,
  fromDay: number,
  toDay: number,
  to: number,
): number {
  if (toDay <= fromDay) return 0;
  const [firstYear, lastYear] = [yearOfDay(fromDay), yearOfDay(toDay)];
  let count = 0;
  for (let y = firstYear; y <= lastYear; y += 1) {
    const days = engine.yearDates(y).days;
    const upTo = y === lastYear ? lastIndexAtOrBefore(days, toDay) + 1 : days.length;
    const after = y === firstYear ? lastIndexAtOrBefore(days, fromDay) + 1 : 0;
    count += Math.max(0, upTo - after);
  }
  // Walk back over the candidates on the last three dates.
  let candidate = count;
  let y = lastYear;
  let i = lastIndexAtOrBefore(engine.yearDates(y).days, toDay);
  while (candidate > 0) {
    while (i < 0) {
      y -= 1;
      i = engine.yearDates(y).days.length - 1;
    }
    const dates = engine.yearDates(y);
    if ((dates.days[i] ?? 0) < toDay - 2 || (dates.ends[i] ?? 0) <= to) return candidate;
    candidate -= 1;
    i -= 1;
  }
  return 0;
}
