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

/** Day number of a civil date; the date must be real. */
export function dayNumberOf({ year, month, day }: CivilDate): number {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return Math.floor(utc.getTime() / MS_PER_DAY);
}

/** The civil date of a day number. */
export function civilDateOf(dayNumber: number): CivilDate {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** Whether year/month/day name a real date of the proleptic Gregorian calendar. */
export function isRealDate({ year, month, day }: CivilDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** `YYYY-MM-DD` of a day number. */
export function formatDayNumber(dayNumber: number): string {
  const { year, month, day } = civilDateOf(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Day number of a `YYYY-MM-DD` string already known to be valid. */
export function dayNumberOfLocalDate(date: string): number {
  return dayNumberOf({
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  });
}

/** Weekday key of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): WeekdayKey {
  return WEEKDAY_KEYS[(((dayNumber + 4) % 7) + 7) % 7] as WeekdayKey;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
