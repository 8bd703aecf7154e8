import { FIRST_LUNAR_YEAR, FIRST_NEW_YEAR_DAY, LAST_LUNAR_YEAR, LUNAR_YEAR_INFO } from "./lunar-table.js";

/** One month of a lunar year: its number (1–12), whether it is the leap month, its length. */
export interface LunarMonth {
  readonly month: number;
  readonly leap: boolean;
  readonly days: 29 | 30;
  /** Day number of its first day. */
  readonly firstDay: number;
}

function infoOf(year: number): number {
  const info = LUNAR_YEAR_INFO[year - FIRST_LUNAR_YEAR];
  if (info === undefined) throw new Error(`[kefu] lunar year ${year} is outside the table`);
  return info;
}

function yearLength(info: number): number {
  let days = 0;
  for (let month = 1; month <= 12; month += 1) days += info & (0x10000 >> month) ? 30 : 29;
  if ((info & 0xf) !== 0) days += info & 0x10000 ? 30 : 29;
  return days;
}

/** Day numbers of lunar New Year (正月初一) for 1901…2100 (the last ends 2099's year). */
const NEW_YEAR_DAYS: readonly number[] = (() => {
  const days = [FIRST_NEW_YEAR_DAY];
  let day = FIRST_NEW_YEAR_DAY;
  for (let year = FIRST_LUNAR_YEAR; year <= LAST_LUNAR_YEAR; year += 1) {
    day += yearLength(infoOf(year));
    days.push(day);
  }
  return Object.freeze(days);
})();

/** Day number of the lunar New Year of `year` (1901–2099). */
export function lunarNewYearDay(year: number): number {
  const day = NEW_YEAR_DAYS[year - FIRST_LUNAR_YEAR];
  if (day === undefined) throw new Error(`[kefu] lunar year ${year} is outside the table`);
  return day;
}

/** The 12 or 13 months of a lunar year (1901–2099), in order, the leap month after its namesake. */
export function lunarMonths(year: number): readonly LunarMonth[] {
  const info = infoOf(year);
  const leapAfter = info & 0xf;
  const months: LunarMonth[] = [];
  let firstDay = lunarNewYearDay(year);
  for (let month = 1; month <= 12; month += 1) {
    const days = info & (0x10000 >> month) ? 30 : 29;
    months.push({ month, leap: false, days, firstDay });
    firstDay += days;
    if (month === leapAfter) {
      const leapDays = info & 0x10000 ? 30 : 29;
      months.push({ month, leap: true, days: leapDays, firstDay });
      firstDay += leapDays;
    }
  }
  return months;
}

/**
 * Day number of a lunar date, or undefined when the year has no such month (a leap month that
 * year does not have) or the month is too short (day 30 of a 29-day month).
 */
export function lunarDay(year: number, month: number, day: number, leap: boolean): number | undefined {
  const found = lunarMonths(year).find((m) => m.month === month && m.leap === leap);
  if (found === undefined || day > found.days) return undefined;
  return found.firstDay + day - 1;
}

/** Day number of a regular-month lunar date, day 30 of a 29-day month read as its day 29. */
export function lunarDayClamped(year: number, month: number, day: number): number {
  const found = lunarMonths(year).find((m) => m.month === month && !m.leap);
  if (found === undefined) throw new Error(`[kefu] lunar month ${month} missing in ${year}`);
  return found.firstDay + Math.min(day, found.days) - 1;
}
