import {
  addWorkingDays,
  addWorkingTime,
  isWorkingTime,
  parseCalendar,
  workingTimeBetween,
} from "kefu/calendar";
import { describe, expect, it } from "vitest";
import { TEMPLATES, transitionsOf, ZONES } from "./_reference/arbitraries";
import {
  refAddWorkingDays,
  refAddWorkingTime,
  refIsWorking,
  refWorkingTimeBetween,
} from "./_reference/reference-calendar";

// Deterministic: every 2025 offset change of every test zone, starts at the change and around it,
// on the templates that straddle night hours, against the minute-stepping reference.
const MINUTE = 60_000;
const SHIFTS = [-90, -31, -1, 0, 1, 29, 61].map((m) => m * MINUTE);
const DURATIONS = [0, 1, 59, 60, 90, 8 * 60, 30 * 60].map((m) => m * MINUTE);
const templates = ["nightShift", "allDay", "earlyMorning", "office", "mixed"] as const;

describe.each(ZONES.filter((zone) => transitionsOf(zone).length > 0))(
  "every 2025 transition in %s",
  (zone) => {
    const transitions = transitionsOf(zone).filter((t) => t < Date.UTC(2026, 0, 1));

    it.each(templates)("agrees with the reference on the %s template", (name) => {
      const ref = { timeZone: zone, weekly: TEMPLATES[name] ?? {} };
      const calendar = parseCalendar(ref)._unsafeUnwrap();
      for (const transition of transitions) {
        for (const shift of SHIFTS) {
          const start = transition + shift;
          expect(isWorkingTime(calendar, start)._unsafeUnwrap()).toBe(refIsWorking(ref, start));
          expect(workingTimeBetween(calendar, start, start + 6 * 3_600_000)._unsafeUnwrap()).toBe(
            refWorkingTimeBetween(ref, start, start + 6 * 3_600_000),
          );
          expect(addWorkingDays(calendar, start, 1)._unsafeUnwrap().getTime()).toBe(
            refAddWorkingDays(ref, start, 1),
          );
          for (const duration of DURATIONS) {
            expect(addWorkingTime(calendar, start, { ms: duration })._unsafeUnwrap().getTime()).toBe(
              refAddWorkingTime(ref, start, duration),
            );
          }
        }
      }
    });
  },
);
