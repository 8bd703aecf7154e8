/** fast-check generators of calendars and instants for comparing the engine with the reference. */
import { fc } from "@fast-check/vitest";
import type { RefCalendar, RefHours } from "./reference-calendar";
import { refInstant } from "./reference-calendar";

export const ZONES = [
  "Asia/Shanghai",
  "America/New_York",
  "Europe/London",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Asia/Kolkata",
  "UTC",
] as const;

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Calendars' dated entries fall in 2025-02-01 – 2026-04-30; starts fall in 2025-03-01 – 2026-01-20. */
export const WINDOW_START = Date.UTC(2025, 1, 1);
export const WINDOW_END = Date.UTC(2026, 3, 30);
const STARTS_FROM = Date.UTC(2025, 2, 1);
const STARTS_TO = Date.UTC(2026, 0, 20);
const isStart = (t: number) => t >= STARTS_FROM && t < STARTS_TO;

const weekdays = (hours: RefHours) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
const everyDay = (hours: RefHours) => ({ ...weekdays(hours), sat: hours, sun: hours });

/** Weekly templates named by what they exercise. */
export const TEMPLATES: Record<string, RefCalendar["weekly"]> = {
  office: weekdays([["09:00", "18:00"]]),
  splitDay: weekdays([
    ["09:00", "12:00"],
    ["13:00", "18:00"],
  ]),
  touching: weekdays([
    ["09:00", "12:00"],
    ["12:00", "18:00"],
  ]),
  overlapping: weekdays([
    ["09:00", "13:00"],
    ["11:00", "18:00"],
  ]),
  nightShift: everyDay([["22:00", "06:00"]]),
  nightToMidnight: weekdays([["18:00", "00:00"]]),
  allDay: everyDay([["00:00", "24:00"]]),
  saturdayHalfDay: { ...weekdays([["08:30", "17:30"]]), sat: [["09:00", "12:00"]] },
  earlyMorning: everyDay([["01:00", "04:00"]]),
  mixed: {
    mon: [["09:00", "18:00"]],
    tue: [["20:00", "04:00"]],
    wed: [
      ["00:00", "02:00"],
      ["10:00", "16:00"],
    ],
    thu: [["02:30", "03:30"]],
    fri: [["09:00", "24:00"]],
    sat: [["23:00", "01:00"]],
  },
};

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** Random intervals on a 15-minute grid, some overnight. */
const randomHours: fc.Arbitrary<RefHours> = fc.array(
  fc
    .tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 0, max: 96 }))
    .filter(([s, e]) => s !== e)
    .map(([s, e]) => [hhmm(s * 15), e === 96 ? "24:00" : hhmm(e * 15)] as const),
  { maxLength: 3 },
);

const randomWeekly: fc.Arbitrary<RefCalendar["weekly"]> = fc.record(
  {
    mon: randomHours,
    tue: randomHours,
    wed: randomHours,
    thu: randomHours,
    fri: randomHours,
    sat: randomHours,
    sun: randomHours,
  },
  { requiredKeys: [] },
);

const dateInWindow = fc
  .integer({ min: 0, max: Math.floor((WINDOW_END - WINDOW_START) / DAY) })
  .map((d) => new Date(WINDOW_START + d * DAY).toISOString().slice(0, 10));

/** A calendar in one of the zones: a template or random hours, holidays, make-up days, closures. */
export const arbCalendar: fc.Arbitrary<RefCalendar> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    weekly: fc.oneof(fc.constantFrom(...Object.values(TEMPLATES)), randomWeekly),
    holidays: fc.uniqueArray(dateInWindow, { maxLength: 12 }),
    workdays: fc.uniqueArray(
      fc.record({
        date: dateInWindow,
        hours: fc.oneof(fc.constant<RefHours>([["09:00", "18:00"]]), randomHours),
      }),
      {
        maxLength: 4,
        selector: (w) => w.date,
      },
    ),
    closures: fc.array(
      fc
        .tuple(
          fc.integer({ min: 0, max: Math.floor((WINDOW_END - WINDOW_START) / MINUTE) }),
          fc.integer({ min: 1, max: 3 * 24 * 60 }),
        )
        .map(([m, length]) => ({
          start: WINDOW_START + m * MINUTE,
          end: WINDOW_START + (m + length) * MINUTE,
        })),
      { maxLength: 3 },
    ),
  })
  .map((cal) => ({ ...cal, workdays: cal.workdays.filter((w) => !cal.holidays.includes(w.date)) }));

/** The instants where the zone's offset changes inside the window. */
export function transitionsOf(zone: string): number[] {
  const format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
  const offset = (t: number) => format.format(t).split("GMT")[1] ?? "";
  const found: number[] = [];
  for (let t = WINDOW_START; t < WINDOW_END; t += 6 * 3_600_000) {
    if (offset(t) !== offset(t + 6 * 3_600_000)) {
      let [lo, hi] = [t, t + 6 * 3_600_000];
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (offset(mid) === offset(lo)) lo = mid;
        else hi = mid;
      }
      found.push(hi);
    }
  }
  return found;
}

/** An instant for a calendar: a random minute, a DST transition ±, or an interval edge ±1 minute. */
export function arbInstantFor(cal: RefCalendar): fc.Arbitrary<number> {
  const randomMinute = fc
    .integer({ min: 0, max: Math.floor((STARTS_TO - STARTS_FROM) / MINUTE) - 1 })
    .map((m) => STARTS_FROM + m * MINUTE);
  const transitions = transitionsOf(cal.timeZone).filter(isStart);
  const nearTransition =
    transitions.length === 0
      ? randomMinute
      : fc
          .tuple(fc.constantFrom(...transitions), fc.integer({ min: -180, max: 180 }))
          .map(([t, m]) => t + m * MINUTE);
  const edges = Object.values(cal.weekly).flatMap((hours) =>
    (hours ?? []).flatMap(([s, e]) => [s, e === "24:00" ? "00:00" : e]),
  );
  const nearEdge =
    edges.length === 0
      ? randomMinute
      : fc
          .tuple(dateInWindow, fc.constantFrom(...edges))
          .map(([date, time]) => refInstant(cal.timeZone, `${date}T${time}`))
          .filter((t): t is number => t !== null && isStart(t))
          .chain((t) => fc.integer({ min: -1, max: 1 }).map((shift) => t + shift * MINUTE));
  return fc.oneof(randomMinute, nearTransition, nearEdge);
}
