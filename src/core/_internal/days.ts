/** Plain civil-date arithmetic on day numbers (days since 1970-01-01), independent of any zone. */

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** Weekday keys in `Date#getUTCDay` order (0 = Sunday). */
export const WEEKDAY_KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Day number of a civil date of the proleptic Gregorian calendar, by integer arithmetic (no `Date`
 * allocated: planners call this for every anchor of every customer). The date must be real.
 */
export function dayNumberOf({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The civil date of a day number (the inverse of {@link dayNumberOf}). */
export function civilDateOf(dayNumber: number): CivilDate {
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

/** Whether year/month/day name a real date of the proleptic Gregorian calendar. */
export function isRealDate({ year, month, day }: CivilDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Whether a Gregorian year has a 29 February. */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1–12) of a year; 0 for a month out of range. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** `YYYY-MM-DD` of a day number. */
export function formatDayNumber(dayNumber: number): string {
  const { year, month, day } = civilDateOf(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Year, month and day of a `YYYY-MM-DD` string already known to be valid. */
export function civilDateOfLocalDate(date: string): CivilDate {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Day number of a `YYYY-MM-DD` string already known to be valid. */
export function dayNumberOfLocalDate(date: string): number {
  return dayNumberOf(civilDateOfLocalDate(date));
}

/** Weekday key of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): WeekdayKey {
  return WEEKDAY_KEYS[(((dayNumber + 4) % 7) + 7) % 7] as WeekdayKey;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
