import { workingDate } from "../../calendar/_internal/day-walk.js";
import { localDayOf } from "../../calendar/_internal/engine.js";
import { addWorkingMs, type SearchFailure, workedBetween } from "../../calendar/_internal/time-walk.js";
import type { BusinessCalendar } from "../../calendar/calendar.js";
import { engineOf } from "../../calendar/calendar.js";

/** Time on a target's clock: how much lies in [a, b), and the earliest instant reaching an amount. */
export interface Clock {
  readonly measure: (a: number, b: number) => number;
  readonly advance: (a: number, amount: number) => number | SearchFailure;
}

export const elapsedClock: Clock = { measure: (a, b) => b - a, advance: (a, amount) => a + amount };

export function businessClock(calendar: BusinessCalendar): Clock {
  const engine = engineOf(calendar);
  return {
    measure: (a, b) => workedBetween(engine, a, b),
    advance: (a, amount) => addWorkingMs(engine, a, amount),
  };
}

/** Local-date arithmetic in a zone, on a 24×7 calendar's engine (DST-exact). */
export interface LocalDates {
  readonly dayOf: (t: number) => number;
  /** The first instant of a local date. */
  readonly startOf: (day: number) => number;
}

export function localDatesOf(allDay: BusinessCalendar): LocalDates {
  const engine = engineOf(allDay);
  // On a 24×7 calendar a date's work ends at its midnight: the next date's first instant.
  const endOf = (day: number) => workingDate(engine, day)?.end ?? Number.NaN;
  return { dayOf: (t) => localDayOf(engine, t), startOf: (day) => endOf(day - 1) };
}
