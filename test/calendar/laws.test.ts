import { fc, test } from "@fast-check/vitest";
import { addWorkingDays, addWorkingTime, workingDaysBetween, workingTimeBetween } from "kefu/calendar";
import { describe, expect } from "vitest";
import { calendar, cnOffice, everyDay, weekdays } from "./_fixtures";

// Laws of the fast engine on many cases (the reference comparison covers fewer, slower ones).
const calendars = [
  cnOffice,
  calendar({ timeZone: "America/New_York", weekly: everyDay([["22:00", "06:00"]]) }),
  calendar({
    timeZone: "Australia/Lord_Howe",
    weekly: weekdays([
      ["09:00", "12:00"],
      ["12:00", "17:30"],
    ]),
  }),
  calendar({
    timeZone: "Europe/London",
    weekly: { ...weekdays([["08:00", "20:00"]]), sat: [["10:00", "14:00"]] },
    closures: [{ start: "2025-12-24T12:00Z", end: "2026-01-02T00:00Z" }],
  }),
];
const arbCalendar = fc.constantFrom(...calendars);
const arbInstant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 1) });
const arbMinutes = fc.integer({ min: 0, max: 60 * 12 * 60 });

describe("working-time laws", () => {
  test.prop([arbCalendar, arbInstant, arbMinutes], { numRuns: 1000 })(
    "between(s, add(s, d)) = d",
    (cal, s, d) => {
      const due = addWorkingTime(cal, s, { minutes: d })._unsafeUnwrap();
      expect(workingTimeBetween(cal, s, due)._unsafeUnwrap()).toBe(d * 60_000);
    },
  );

  test.prop([arbCalendar, arbInstant, arbMinutes, arbMinutes], { numRuns: 500 })(
    "add is monotone in d",
    (cal, s, d1, d2) => {
      const [small, large] = d1 <= d2 ? [d1, d2] : [d2, d1];
      const a = addWorkingTime(cal, s, { minutes: small })._unsafeUnwrap().getTime();
      const b = addWorkingTime(cal, s, { minutes: large })._unsafeUnwrap().getTime();
      expect(a).toBeLessThanOrEqual(b);
    },
  );

  test.prop([arbCalendar, arbInstant, arbInstant, arbMinutes], { numRuns: 500 })(
    "add is monotone in s",
    (cal, s1, s2, d) => {
      const [early, late] = s1 <= s2 ? [s1, s2] : [s2, s1];
      const a = addWorkingTime(cal, early, { minutes: d })._unsafeUnwrap().getTime();
      const b = addWorkingTime(cal, late, { minutes: d })._unsafeUnwrap().getTime();
      expect(a).toBeLessThanOrEqual(b);
    },
  );

  test.prop([arbCalendar, arbInstant, arbInstant, arbInstant], { numRuns: 500 })(
    "between is antisymmetric and additive",
    (cal, a, b, c) => {
      const between = (x: number, y: number) => workingTimeBetween(cal, x, y)._unsafeUnwrap();
      expect(between(a, b) + between(b, a)).toBe(0);
      expect(Object.is(between(b, a), -0)).toBe(false);
      expect(between(a, b) + between(b, c)).toBe(between(a, c));
      expect(between(a, a)).toBe(0);
    },
  );

  test.prop([arbCalendar, arbInstant, fc.integer({ min: 1, max: 300 })], { numRuns: 500 })(
    "workingDaysBetween(a, addWorkingDays(a, n)) = n, and one ms less is n - 1",
    (cal, a, n) => {
      const due = addWorkingDays(cal, a, n)._unsafeUnwrap().getTime();
      expect(workingDaysBetween(cal, a, due)._unsafeUnwrap()).toBe(n);
      expect(workingDaysBetween(cal, a, due - 1)._unsafeUnwrap()).toBe(n - 1);
      expect(workingDaysBetween(cal, due, a)._unsafeUnwrap()).toBe(-n);
      expect(Object.is(workingDaysBetween(cal, a, a - 1)._unsafeUnwrap(), -0)).toBe(false);
    },
  );
});
