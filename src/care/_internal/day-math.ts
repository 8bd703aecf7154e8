import { tzOffset } from "@date-fns/tz";
import { daysInMonth, MS_PER_DAY, MS_PER_MINUTE } from "../../core/_internal/days.js";

/**
 * Day number (days since 1970-01-01) of a proleptic Gregorian date, by integer arithmetic (no
 * `Date` allocated: this runs for every anchor of every customer).
 */
export function dayNumberOf({
  year,
  month,
  day,
}: {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The civil date of a day number (inverse of {@link dayNumberOf}). */
export function civilDateOf(dayNumber: number): {
  readonly year: number;
  readonly month: number;
  readonly day: number;
} {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** A memoised `YYYY-MM-DD` formatter for one plan (a plan formats few distinct dates, many times). */
export function makeDayFormatter(): (dayNumber: number) => string {
  const known = new Map<number, string>();
  return (dayNumber) => {
    let text = known.get(dayNumber);
    if (text === undefined) {
      const { year, month, day } = civilDateOf(dayNumber);
      text = `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
      known.set(dayNumber, text);
    }
    return text;
  };
}

/** How a 29 February date is observed in a common year. */
export type LeapDayRule = "feb28" | "mar1";

/** Whether a Gregorian year has a 29 February. */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

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
  const offset = Math.round(tzOffset(zone, new Date(ms)) * MS_PER_MINUTE);
  return Math.floor((ms + offset) / MS_PER_DAY);
}

/** Year, month and day of a `YYYY-MM-DD` string already known to be valid. */
export function partsOf(date: string): {
  readonly year: number;
  readonly month: number;
  readonly day: number;
} {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}
