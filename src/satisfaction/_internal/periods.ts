import { tzOffset } from "@date-fns/tz";
import { cached } from "../../core/_internal/cached.js";
import { civilDateOf, dayNumberOf, formatDayNumber, MS_PER_DAY, pad } from "../../core/_internal/days.js";

const MS_PER_HOUR = 3_600_000;

/** Day, ISO week (Monday first) or calendar month. */
export type PeriodUnit = "day" | "week" | "month";

/**
 * A function from epoch milliseconds to the period key in `zone`: `YYYY-MM-DD`, ISO `YYYY-Www`
 * or `YYYY-MM`. Keys are cached per UTC hour; an hour in which the offset changes or local
 * midnight falls (zones with :30 and :45 offsets) is resolved per instant.
 */
export function periodKeyer(zone: string, unit: PeriodUnit): (ms: number) => string {
  // hour → its key; or, when local midnight falls inside it (zones with :30 and :45 offsets), the
  // split instant and the keys on either side; or null when the offset changes inside the hour.
  const byHour = new Map<number, string | HourSplit | null>();
  const byDay = new Map<number, string>();
  const offsetAt = (ms: number) => Math.round(tzOffset(zone, new Date(ms)) * 60_000);
  const keyOfDay = (day: number) => cached(byDay, day, (d) => periodKeyOfDay(d, unit));
  const dayOf = (ms: number, offset: number) => Math.floor((ms + offset) / MS_PER_DAY);
  const describe = (hour: number): string | HourSplit | null => {
    const start = hour * MS_PER_HOUR;
    const end = start + MS_PER_HOUR - 1;
    const offset = offsetAt(start);
    if (offset !== offsetAt(end)) return null;
    const first = dayOf(start, offset);
    const last = dayOf(end, offset);
    if (first === last) return keyOfDay(first);
    return { at: last * MS_PER_DAY - offset, before: keyOfDay(first), after: keyOfDay(last) };
  };
  return (ms) => {
    const entry = cached(byHour, Math.floor(ms / MS_PER_HOUR), describe);
    if (typeof entry === "string") return entry;
    if (entry !== null) return ms < entry.at ? entry.before : entry.after;
    return keyOfDay(dayOf(ms, offsetAt(ms)));
  };
}

/** A UTC hour in which local midnight falls at `at`. */
interface HourSplit {
  readonly at: number;
  readonly before: string;
  readonly after: string;
}

/** The period key of a local day number. */
export function periodKeyOfDay(day: number, unit: PeriodUnit): string {
  if (unit === "day") return formatDayNumber(day);
  if (unit === "month") {
    const { year, month } = civilDateOf(day);
    return `${pad(year, 4)}-${pad(month, 2)}`;
  }
  const mondayBased = (((day + 3) % 7) + 7) % 7;
  const thursday = day - mondayBased + 3;
  const isoYear = civilDateOf(thursday).year;
  const week = Math.floor((thursday - dayNumberOf({ year: isoYear, month: 1, day: 1 })) / 7) + 1;
  return `${pad(isoYear, 4)}-W${pad(week, 2)}`;
}
