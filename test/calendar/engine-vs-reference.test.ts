import { fc, test } from "@fast-check/vitest";
import {
  addWorkingDays,
  addWorkingTime,
  type BusinessCalendar,
  endOfWorkingDate,
  isWorkingDate,
  isWorkingTime,
  lastWorkingTimeBefore,
  nextWorkingTime,
  parseCalendar,
  workingDaysBetween,
  workingTimeBetween,
} from "kefu/calendar";
import { describe, expect } from "vitest";
import { arbCalendar, arbInstantFor } from "./_reference/arbitraries";
import {
  type RefCalendar,
  refAddWorkingDays,
  refAddWorkingTime,
  refEndOfWorkingDate,
  refIsWorking,
  refIsWorkingDate,
  refLastWorkingTimeBefore,
  refLocalDateOf,
  refNextWorkingTime,
  refWorkingDaysBetween,
  refWorkingTimeBetween,
} from "./_reference/reference-calendar";

// The fast engine against the slow minute-stepping reference, on generated calendars in seven
// zones (DST of 30 minutes, 45-minute offsets, overnight shifts, holidays, 调休, closures) and
// instants on DST transitions, interval edges ±1 minute, and anywhere.

const MINUTE = 60_000;
/** How far the reference searches for next/last working instants. */
const SEARCH_SPAN = 30 * 86_400_000;
const compiled = new WeakMap<RefCalendar, BusinessCalendar>();
function engine(cal: RefCalendar): BusinessCalendar {
  let value = compiled.get(cal);
  if (value === undefined) {
    value = parseCalendar(cal)._unsafeUnwrap();
    compiled.set(cal, value);
  }
  return value;
}
const ms = (date: Date) => date.getTime();
const withInstants = (count: number) =>
  arbCalendar.chain((cal) =>
    fc.tuple(fc.constant(cal), fc.array(arbInstantFor(cal), { minLength: count, maxLength: count })),
  );
/** A calendar, an instant, and a second instant within ±21 days of it. */
const withPair = arbCalendar.chain((cal) =>
  fc.tuple(
    fc.constant(cal),
    arbInstantFor(cal),
    fc.oneof(fc.integer({ min: -21 * 1440, max: 21 * 1440 }), fc.integer({ min: -600, max: 600 })),
  ),
);

describe("engine = reference", () => {
  test.prop([withInstants(4)], { numRuns: 400 })(
    "isWorkingTime, nextWorkingTime, lastWorkingTimeBefore",
    ([cal, instants]) => {
      const calendar = engine(cal);
      for (const t of instants) {
        expect(isWorkingTime(calendar, t)._unsafeUnwrap()).toBe(refIsWorking(cal, t));
        const next = refNextWorkingTime(cal, t, SEARCH_SPAN);
        const engineNext = nextWorkingTime(calendar, t);
        if (next === null)
          expect(engineNext.isErr() || ms(engineNext._unsafeUnwrap()) - t > SEARCH_SPAN).toBe(true);
        else expect(ms(engineNext._unsafeUnwrap())).toBe(next);
        const last = refLastWorkingTimeBefore(cal, t, SEARCH_SPAN);
        const engineLast = lastWorkingTimeBefore(calendar, t);
        if (last === null)
          expect(engineLast.isErr() || t - ms(engineLast._unsafeUnwrap()) > SEARCH_SPAN).toBe(true);
        else expect(ms(engineLast._unsafeUnwrap())).toBe(last);
      }
    },
  );

  test.prop(
    [
      withInstants(1),
      fc.oneof(
        fc.constant(0),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 5 * 24 * 60 }),
        fc.integer({ min: 0, max: 60 * 9 * 60 }),
      ),
      fc.integer({ min: 0, max: 59_999 }),
    ],
    { numRuns: 250 },
  )("addWorkingTime, and the identity between(s, add(s, d)) = d", ([cal, [start = 0]], minutes, extraMs) => {
    const calendar = engine(cal);
    const s = start + (minutes % 3 === 0 ? extraMs : 0);
    const expected = refAddWorkingTime(cal, s, minutes * MINUTE, 200 * 86_400_000);
    const actual = addWorkingTime(calendar, s, { minutes });
    if (expected === null) {
      if (actual.isOk()) expect(ms(actual.value) - s).toBeGreaterThan(200 * 86_400_000);
      return;
    }
    expect(ms(actual._unsafeUnwrap())).toBe(expected);
    expect(workingTimeBetween(calendar, s, expected)._unsafeUnwrap()).toBe(minutes * MINUTE);
  });

  test.prop([withPair], { numRuns: 400 })("workingTimeBetween, both directions", ([cal, a, shift]) => {
    const calendar = engine(cal);
    const b = a + shift * MINUTE;
    expect(workingTimeBetween(calendar, a, b)._unsafeUnwrap()).toBe(refWorkingTimeBetween(cal, a, b));
    expect(workingTimeBetween(calendar, b, a)._unsafeUnwrap()).toBe(refWorkingTimeBetween(cal, b, a));
  });

  test.prop([withPair, fc.integer({ min: 1, max: 12 })], { numRuns: 300 })(
    "addWorkingDays, workingDaysBetween, isWorkingDate, endOfWorkingDate",
    ([cal, event, shift], n) => {
      const calendar = engine(cal);
      const other = event + shift * MINUTE;
      const expected = refAddWorkingDays(cal, event, n);
      const actual = addWorkingDays(calendar, event, n);
      if (expected === null) expect(actual.isErr() || ms(actual.value) - event > 200 * 86_400_000).toBe(true);
      else expect(ms(actual._unsafeUnwrap())).toBe(expected);
      expect(workingDaysBetween(calendar, event, other)._unsafeUnwrap()).toBe(
        refWorkingDaysBetween(cal, event, other),
      );
      const date = refLocalDateOf(cal, other);
      expect(isWorkingDate(calendar, date)._unsafeUnwrap()).toBe(refIsWorkingDate(cal, date));
      const end = refEndOfWorkingDate(cal, date);
      const engineEnd = endOfWorkingDate(calendar, date);
      if (end === null) expect(engineEnd._unsafeUnwrapErr().code).toBe("not_a_working_date");
      else expect(ms(engineEnd._unsafeUnwrap())).toBe(end);
    },
  );
});
