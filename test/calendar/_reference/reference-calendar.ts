/**
 * SLOW, OBVIOUSLY-CORRECT reference implementation of business-calendar arithmetic (DESIGN §3.1).
 * Test-only oracle: the fast engine is compared against it on generated cases.
 *
 * Method: everything is decided one UTC minute at a time. Because UTC offsets are whole minutes and
 * closures are minute-aligned, "is working" is constant on each UTC minute [m, m + 60000). A minute's
 * wall clock is read with Intl (explicit timeZone, memoised per zone and minute) and expressed as a
 * "local minute number" L = Date.UTC(wall fields) / 60000, so local dates and weekdays are plain UTC
 * arithmetic on L. No local-time Date methods are used, so the host time zone is irrelevant.
 *
 * An interval ["HH:MM", "HH:MM"] owned by local day D (day number = days since 1970-01-01) covers the
 * local-minute range [D*1440 + start, D*1440 + end) when end > start, and [D*1440 + start,
 * (D+1)*1440 + end) when end <= start (overnight; end "00:00" means midnight). A minute is working iff
 * it is in no closure and its local minute lies in a range owned by its wall date D or by D - 1.
 */

export type RefWeekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export type RefHours = ReadonlyArray<readonly [string, string]>;

export interface RefCalendar {
  timeZone: string;
  weekly: Partial<Record<RefWeekday, RefHours>>;
  holidays?: ReadonlyArray<string>;
  workdays?: ReadonlyArray<{ date: string; hours: RefHours }>;
  closures?: ReadonlyArray<{ start: number; end: number }>;
}

const MINUTE = 60_000;
const DAY_MIN = 1440;
const DAY_MS = 86_400_000;
const DEFAULT_SPAN = 400 * DAY_MS;
const MAX_DATES = 800;
/** Any real UTC offset is within ±16 h (|offset| <= 14 h today). */
const OFFSET_MARGIN_MIN = 16 * 60;
const WEEKDAYS: readonly RefWeekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const SHORT_WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

// ---------------------------------------------------------------- wall clock (Intl, memoised)

interface ZoneReader {
  format: Intl.DateTimeFormat;
  cache: Map<number, number>; // UTC minute -> local minute number
}
const zones = new Map<string, ZoneReader>();

function reader(zone: string): ZoneReader {
  let r = zones.get(zone);
  if (r === undefined) {
    const format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      weekday: "short",
    });
    r = { format, cache: new Map() };
    zones.set(zone, r);
  }
  return r;
}

/** Local minute number (Date.UTC of the wall fields / 60000) of UTC minute `m` in `zone`. */
function localMinute(zone: string, m: number): number {
  const r = reader(zone);
  const hit = r.cache.get(m);
  if (hit !== undefined) return hit;
  const f: Record<string, string> = {};
  for (const p of r.format.formatToParts(new Date(m * MINUTE))) f[p.type] = p.value;
  const num = (k: string): number => Number(f[k]);
  const local = Date.UTC(num("year"), num("month") - 1, num("day"), num("hour"), num("minute")) / MINUTE;
  if (!Number.isInteger(local) || SHORT_WEEKDAYS[weekdayIndex(Math.floor(local / DAY_MIN))] !== f.weekday) {
    throw new Error(`reference: unexpected Intl reading for ${zone} at ${m * MINUTE}`);
  }
  r.cache.set(m, local);
  return local;
}

// ---------------------------------------------------------------- plain dates (day numbers)

function dayOf(date: string): number {
  const [y, mo, d] = date.split("-").map(Number);
  return Date.UTC(y ?? Number.NaN, (mo ?? Number.NaN) - 1, d ?? Number.NaN) / DAY_MS;
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function weekdayIndex(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

function hhmm(s: string): number {
  const [h, m] = s.split(":").map(Number);
  return (h ?? Number.NaN) * 60 + (m ?? Number.NaN);
}

// ---------------------------------------------------------------- schedule

type Ranges = ReadonlyArray<readonly [number, number]>;
/** Per-calendar memo of ownedRanges (calendar objects are treated as immutable). */
const rangeCache = new WeakMap<RefCalendar, Map<number, Ranges>>();

function ownedRanges(cal: RefCalendar, day: number): Ranges {
  let byDay = rangeCache.get(cal);
  if (byDay === undefined) {
    byDay = new Map();
    rangeCache.set(cal, byDay);
  }
  let ranges = byDay.get(day);
  if (ranges === undefined) {
    ranges = computeOwnedRanges(cal, day);
    byDay.set(day, ranges);
  }
  return ranges;
}

/** Local-minute ranges [from, to) owned by local day `day` (holidays and make-up days applied). */
function computeOwnedRanges(cal: RefCalendar, day: number): Ranges {
  const date = dateOf(day);
  if (cal.holidays?.includes(date) === true) return [];
  const makeUp = cal.workdays?.find((w) => w.date === date);
  const weekday = WEEKDAYS[weekdayIndex(day)];
  const hours =
    makeUp !== undefined ? makeUp.hours : weekday === undefined ? [] : (cal.weekly[weekday] ?? []);
  return hours.map(([a, b]): readonly [number, number] => {
    const start = hhmm(a);
    const end = hhmm(b);
    const base = day * DAY_MIN;
    return end > start ? [base + start, base + end] : [base + start, base + DAY_MIN + end];
  });
}

function ownedBy(cal: RefCalendar, day: number, local: number): boolean {
  return ownedRanges(cal, day).some(([from, to]) => local >= from && local < to);
}

function closed(cal: RefCalendar, m: number): boolean {
  const t = m * MINUTE;
  return (cal.closures ?? []).some((c) => {
    if (c.start % MINUTE !== 0 || c.end % MINUTE !== 0)
      throw new Error("reference: closure not minute-aligned");
    return t >= c.start && t < c.end;
  });
}

/** Is the whole UTC minute [m*60000, (m+1)*60000) working? */
function minuteWorking(cal: RefCalendar, m: number): boolean {
  if (closed(cal, m)) return false;
  const local = localMinute(cal.timeZone, m);
  const day = Math.floor(local / DAY_MIN);
  return ownedBy(cal, day, local) || ownedBy(cal, day - 1, local);
}

// ---------------------------------------------------------------- public API

export function refIsWorking(cal: RefCalendar, t: number): boolean {
  return minuteWorking(cal, Math.floor(t / MINUTE));
}

/** Local date "YYYY-MM-DD" of instant t on the calendar's wall clock. */
export function refLocalDateOf(cal: RefCalendar, t: number): string {
  return dateOf(Math.floor(localMinute(cal.timeZone, Math.floor(t / MINUTE)) / DAY_MIN));
}

/** Working ms in [a, b); the negative of [b, a) when b < a. */
export function refWorkingTimeBetween(cal: RefCalendar, a: number, b: number): number {
  if (b < a) return 0 - refWorkingTimeBetween(cal, b, a); // 0 - x: never -0
  let total = 0;
  for (let m = Math.floor(a / MINUTE); m * MINUTE < b; m++) {
    if (minuteWorking(cal, m)) total += Math.min(b, (m + 1) * MINUTE) - Math.max(a, m * MINUTE);
  }
  return total;
}

/**
 * Earliest t >= start with working time in [start, t) === durationMs; `start` itself for 0.
 * null when that t would be later than start + maxSpanMs.
 */
export function refAddWorkingTime(
  cal: RefCalendar,
  start: number,
  durationMs: number,
  maxSpanMs: number = DEFAULT_SPAN,
): number | null {
  if (durationMs < 0) throw new Error("reference: negative duration");
  if (durationMs === 0) return start;
  const limit = start + maxSpanMs;
  let remaining = durationMs;
  let t = start;
  while (t < limit) {
    const m = Math.floor(t / MINUTE);
    const minuteEnd = (m + 1) * MINUTE;
    if (minuteWorking(cal, m)) {
      if (minuteEnd - t >= remaining) return t + remaining <= limit ? t + remaining : null;
      remaining -= minuteEnd - t;
    }
    t = minuteEnd;
  }
  return null;
}

/** First working instant u >= t with u <= t + maxSpanMs, else null. */
export function refNextWorkingTime(
  cal: RefCalendar,
  t: number,
  maxSpanMs: number = DEFAULT_SPAN,
): number | null {
  for (let u = t; u <= t + maxSpanMs; u = (Math.floor(u / MINUTE) + 1) * MINUTE) {
    if (refIsWorking(cal, u)) return u;
  }
  return null;
}

/**
 * The last working millisecond strictly before t: the largest u < t with refIsWorking(u), searched in
 * [t - maxSpanMs, t). u + 1 is the (exclusive) end of that working stretch (or t, if still working).
 */
export function refLastWorkingTimeBefore(
  cal: RefCalendar,
  t: number,
  maxSpanMs: number = DEFAULT_SPAN,
): number | null {
  for (let u = t - 1; u >= t - maxSpanMs; u = Math.floor(u / MINUTE) * MINUTE - 1) {
    if (refIsWorking(cal, u)) return u;
  }
  return null;
}

/** End (exclusive) of the last working minute owned by local day `day`, or null if it owns none. */
function endOfDay(cal: RefCalendar, day: number): number | null {
  if (ownedRanges(cal, day).length === 0) return null;
  // Owned local minutes lie in [day*1440, (day+2)*1440); scan every UTC minute that could map there.
  const first = day * DAY_MIN - OFFSET_MARGIN_MIN;
  for (let m = (day + 2) * DAY_MIN + OFFSET_MARGIN_MIN; m >= first; m--) {
    if (!closed(cal, m) && ownedBy(cal, day, localMinute(cal.timeZone, m))) return (m + 1) * MINUTE;
  }
  return null;
}

/** Does `date` own at least one working minute (after holidays, make-up days and closures)? */
export function refIsWorkingDate(cal: RefCalendar, date: string): boolean {
  return endOfDay(cal, dayOf(date)) !== null;
}

/** End (exclusive instant) of the last working minute owned by `date`; null if not a working date. */
export function refEndOfWorkingDate(cal: RefCalendar, date: string): number | null {
  return endOfDay(cal, dayOf(date));
}

/**
 * n >= 1: end of the last working minute owned by the n-th working date after the event's wall-clock
 * local date (which does not count). Searches the 800 dates after it, else null.
 */
export function refAddWorkingDays(cal: RefCalendar, eventMs: number, n: number): number | null {
  if (!Number.isInteger(n) || n < 1) throw new Error("reference: n must be an integer >= 1");
  const eventDay = dayOf(refLocalDateOf(cal, eventMs));
  let count = 0;
  for (let day = eventDay + 1; day <= eventDay + MAX_DATES; day++) {
    const end = endOfDay(cal, day);
    if (end !== null && ++count === n) return end;
  }
  return null;
}

/**
 * Largest N >= 0 with refAddWorkingDays(a, N) <= b (taken literally: the maximum over all N, so it is
 * correct even if due times were not monotonic in N); -refWorkingDaysBetween(b, a) when b < a.
 * Dates beyond b's local date + 2 cannot end before b, so the scan stops there (and at 800 dates).
 */
export function refWorkingDaysBetween(cal: RefCalendar, a: number, b: number): number {
  if (b < a) return 0 - refWorkingDaysBetween(cal, b, a); // 0 - x: never -0
  const eventDay = dayOf(refLocalDateOf(cal, a));
  const lastDay = Math.min(eventDay + MAX_DATES, dayOf(refLocalDateOf(cal, b)) + 2);
  let count = 0;
  let best = 0;
  for (let day = eventDay + 1; day <= lastDay; day++) {
    const end = endOfDay(cal, day);
    if (end === null) continue;
    count++;
    if (end <= b) best = count;
  }
  return best;
}

/**
 * The first (earliest) epoch ms whose wall clock in `zone` reads `local` ("YYYY-MM-DDTHH:MM");
 * null for a wall time skipped by a DST transition.
 */
export function refInstant(zone: string, local: string): number | null {
  const [date = "", time = ""] = local.split("T");
  const target = dayOf(date) * DAY_MIN + hhmm(time);
  if (!Number.isInteger(target)) throw new Error(`reference: bad local time ${local}`);
  for (let m = target - OFFSET_MARGIN_MIN; m <= target + OFFSET_MARGIN_MIN; m++) {
    if (localMinute(zone, m) === target) return m * MINUTE;
  }
  return null;
}
