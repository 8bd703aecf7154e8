/**
 * Clocks for the SLA reference (test only): real elapsed time, business time and working days,
 * all answered from the calendar module's minute-stepping reference (`refIsWorking`,
 * `refEndOfWorkingDate`, `refLocalDateOf`), never from `src/`.
 *
 * Business time is read from a per-minute table of `refIsWorking` (built lazily, one local day
 * of UTC minutes at a time, with a running count per day so that long spans are cheap); within a
 * minute, working time is all or nothing, exactly as in the calendar reference. The table covers
 * the instants the generated cases use: an instant outside it throws rather than guessing.
 */
import {
  type RefCalendar,
  refEndOfWorkingDate,
  refIsWorking,
  refLocalDateOf,
} from "../../calendar/_reference/reference-calendar";

const MINUTE = 60_000;
const DAY_MINUTES = 1440;
const DAY_MS = 86_400_000;
/** The supported range of the business table: 2025-09-01 – 2025-12-31 (UTC). */
export const TABLE_FROM = Date.UTC(2025, 8, 1);
export const TABLE_TO = Date.UTC(2025, 11, 31);

/** Time on one clock: how far `amount` of clock time reaches from `from`, and the time in `[a, b)`. */
export interface Clock {
  /** The earliest instant t ≥ from with `between(from, t) === amount` (amount ≥ 0). */
  readonly add: (from: number, amount: number) => number;
  /** Clock time in [a, b), for a ≤ b. */
  readonly between: (a: number, b: number) => number;
}

/** Real elapsed time. */
export const elapsedClock: Clock = {
  add: (from, amount) => from + amount,
  between: (a, b) => b - a,
};

/** One UTC day of minutes: working flags and a running count (`count[i]` = working minutes before i). */
interface DayTable {
  readonly working: Uint8Array;
  readonly count: Uint16Array;
}

/** Business time on a calendar, answered minute by minute from `refIsWorking`. */
export function businessClock(cal: RefCalendar): Clock {
  const days = new Map<number, DayTable>();
  const dayTable = (day: number): DayTable => {
    const known = days.get(day);
    if (known !== undefined) return known;
    if (day * DAY_MS < TABLE_FROM || day * DAY_MS >= TABLE_TO)
      throw new Error(`reference clock: ${new Date(day * DAY_MS).toISOString()} is outside the table`);
    const working = new Uint8Array(DAY_MINUTES);
    const count = new Uint16Array(DAY_MINUTES + 1);
    for (let i = 0; i < DAY_MINUTES; i++) {
      working[i] = refIsWorking(cal, (day * DAY_MINUTES + i) * MINUTE) ? 1 : 0;
      count[i + 1] = (count[i] ?? 0) + (working[i] ?? 0);
    }
    const table = { working, count };
    days.set(day, table);
    return table;
  };
  const isWorkingMinute = (m: number): boolean => {
    const day = Math.floor(m / DAY_MINUTES);
    return dayTable(day).working[m - day * DAY_MINUTES] === 1;
  };
  /** Working minutes among the whole minutes [m0, m1). */
  const workingMinutes = (m0: number, m1: number): number => {
    let total = 0;
    for (let day = Math.floor(m0 / DAY_MINUTES); day * DAY_MINUTES < m1; day++) {
      const { count } = dayTable(day);
      const from = Math.max(m0 - day * DAY_MINUTES, 0);
      const to = Math.min(m1 - day * DAY_MINUTES, DAY_MINUTES);
      total += (count[to] ?? 0) - (count[from] ?? 0);
    }
    return total;
  };
  const between = (a: number, b: number): number => {
    if (b < a) throw new Error("reference clock: between(a, b) needs a <= b");
    const firstWhole = Math.ceil(a / MINUTE);
    const lastWhole = Math.floor(b / MINUTE);
    if (firstWhole > lastWhole) return isWorkingMinute(lastWhole) ? b - a : 0; // inside one minute
    let total = workingMinutes(firstWhole, lastWhole) * MINUTE;
    if (a < firstWhole * MINUTE && isWorkingMinute(firstWhole - 1)) total += firstWhole * MINUTE - a;
    if (b > lastWhole * MINUTE && isWorkingMinute(lastWhole)) total += b - lastWhole * MINUTE;
    return total;
  };
  /** Skip whole days that cannot finish the amount, then walk the last day minute by minute. */
  const add = (from: number, amount: number): number => {
    if (amount < 0) throw new Error("reference clock: negative amount");
    if (amount === 0) return from; // no snapping (DESIGN §3.1)
    let remaining = amount;
    let t = from;
    for (;;) {
      const dayEnd = (Math.floor(t / DAY_MS) + 1) * DAY_MS;
      const restOfDay = between(t, dayEnd);
      if (restOfDay >= remaining) break;
      remaining -= restOfDay;
      t = dayEnd;
    }
    const day = Math.floor(t / DAY_MS);
    const { working } = dayTable(day);
    for (;;) {
      const m = Math.floor(t / MINUTE);
      const minuteEnd = (m + 1) * MINUTE;
      if (working[m - day * DAY_MINUTES] === 1) {
        if (minuteEnd - t >= remaining) return t + remaining;
        remaining -= minuteEnd - t;
      }
      t = minuteEnd;
    }
  };
  return { add, between };
}

/**
 * "Within N working days of t" on a calendar (DESIGN §3.1): the end of the last working minute owned
 * by the N-th working date after t's local date, read with the calendar reference's
 * `refEndOfWorkingDate` (remembered per date).
 */
export function workingDaysDue(cal: RefCalendar): (t: number, n: number) => number {
  const ends = new Map<string, number | null>();
  const endOf = (date: string): number | null => {
    let end = ends.get(date);
    if (end === undefined) {
      end = refEndOfWorkingDate(cal, date);
      ends.set(date, end);
    }
    return end;
  };
  return (t, n) => {
    const eventDate = refLocalDateOf(cal, t);
    let found = 0;
    for (let k = 1; k <= 800; k++) {
      const date = new Date(Date.parse(`${eventDate}T00:00:00Z`) + k * DAY_MS).toISOString().slice(0, 10);
      const end = endOf(date);
      if (end !== null && ++found === n) return end;
    }
    throw new Error("reference clock: no working date found");
  };
}

/** Local dates of a zone: the date of an instant, and the first instant of a date shifted by k days. */
export interface LocalDates {
  readonly dateOf: (t: number) => string;
  readonly startOf: (date: string, plusDays: number) => number;
}

/**
 * Local dates read with the calendar reference's `refLocalDateOf`. The first instant of a date is
 * found by bisection over whole minutes (UTC offsets are whole minutes) for the first minute whose
 * local date is not earlier than it, within 16 hours of its UTC midnight; that works because local
 * dates never go back at midnight in the zones used here (checked: the minute before is the day before).
 */
export function localDates(timeZone: string): LocalDates {
  const zone: RefCalendar = { timeZone, weekly: {} };
  const dateOf = (t: number) => refLocalDateOf(zone, t);
  const starts = new Map<string, number>();
  const startOf = (date: string, plusDays: number): number => {
    const day = new Date(Date.parse(`${date}T00:00:00Z`) + plusDays * DAY_MS).toISOString().slice(0, 10);
    const known = starts.get(day);
    if (known !== undefined) return known;
    const utcMidnight = Date.parse(`${day}T00:00:00Z`) / MINUTE;
    let [lo, hi] = [utcMidnight - 16 * 60, utcMidnight + 16 * 60]; // dateOf(lo) < day <= dateOf(hi)
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (dateOf(mid * MINUTE) < day) lo = mid;
      else hi = mid;
    }
    const start = hi * MINUTE;
    if (dateOf(start) !== day || dateOf(start - 1) >= day)
      throw new Error(`reference clock: no clean start of ${day} in ${timeZone}`);
    starts.set(day, start);
    return start;
  };
  return { dateOf, startOf };
}
